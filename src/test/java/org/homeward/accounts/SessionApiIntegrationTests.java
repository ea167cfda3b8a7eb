package org.homeward.accounts;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PostgresIntegrationTest
class SessionApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffSignInGetsAnIdleLimitedTokenThatSignOutKills() throws Exception {
		mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"Reviewer@Demo-Doc.test\",\"password\":\"Staff#2026\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").isString())
			.andExpect(jsonPath("$.expiresAt").isString())
			.andExpect(jsonPath("$.idleTimeoutSeconds").value(600));

		String token = SignedIn.token(mvc, SignedIn.DOC_REVIEWER);
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "johnson")
			.header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/sessions/current").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "johnson")
			.header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void storesOnlyAHashOfTheToken() throws Exception {
		String token = SignedIn.token(mvc, SignedIn.DOC_REVIEWER);
		Integer plain = jdbc.sql("select count(*) from accounts.api_session where token_hash = :t")
			.param("t", token)
			.query(Integer.class)
			.single();
		Assertions.assertThat(plain).isZero();
	}

	@Test
	void wrongPasswordsAndUnknownAddressesGetTheSameAnswer() throws Exception {
		signIn(SignedIn.DOC_REVIEWER, "Wrong#2026").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong e-mail or password."));
		signIn("nobody-" + UUID.randomUUID() + "@example.com", "Wrong#2026").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong e-mail or password."));
	}

	@Test
	void repeatedFailuresSlowDownThenLockTheAddressEvenIfNoAccountHasIt() throws Exception {
		String email = "guess-" + UUID.randomUUID() + "@example.com";
		signIn(email, "Wrong#2026").andExpect(status().isUnauthorized());
		signIn(email, "Wrong#2026").andExpect(status().isUnauthorized());
		signIn(email, "Wrong#2026").andExpect(status().isUnauthorized());
		signIn(email, "Wrong#2026").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "2"));
		Thread.sleep(2_100);
		signIn(email, "Wrong#2026").andExpect(status().isUnauthorized());
		signIn(email, "Wrong#2026").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "4"));
		Thread.sleep(4_100);
		signIn(email, "Wrong#2026").andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		signIn(email, "Wrong#2026").andExpect(status().isTooManyRequests());
	}

	@Test
	void malformedSignInsAreValidationProblems() throws Exception {
		mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()", greaterThan(0)));
		mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
	}

	@Test
	void withoutATokenTheApiAnswers401AsAProblem() throws Exception {
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "a"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "a").header("Authorization", "Bearer forged"))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions signIn(String email, String password) throws Exception {
		return mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)));
	}

}
