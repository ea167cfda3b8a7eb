package org.homeward.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.Assertions;
import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A password change signs the account out everywhere but where it was made, page sessions
 * and API tokens alike; wrong current passwords are counted as failed sign-ins are, and
 * lock the address alike.
 */
@PostgresIntegrationTest
class PasswordChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	String email;

	@BeforeEach
	void newFamily() throws Exception {
		email = Families.register(mvc, "password", null).email();
	}

	@Test
	void aChangeOnAPageEndsEveryOtherSessionAndToken() throws Exception {
		PageSession here = page("Family#2026");
		PageSession phone = page("Family#2026");
		String token = token("Family#2026");
		mvc.perform(get("/account").with(phone)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/account/password").with(here)
			.with(csrf())
			.param("currentPassword", "Family#2026")
			.param("newPassword", "Changed#2027")
			.param("confirmPassword", "Changed#2027")).andExpect(redirectedUrl("/account"));

		mvc.perform(get("/account").with(here)).andExpect(status().isOk());
		mvc.perform(get("/account").with(phone)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void aChangeOverTheApiKeepsItsOwnTokenOnly() throws Exception {
		String mine = token("Family#2026");
		String other = token("Family#2026");
		PageSession page = page("Family#2026");

		change(mine, "Family#2026", "Changed#2027").andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + mine)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + other)).andExpect(status().isUnauthorized());
		mvc.perform(get("/account").with(page)).andExpect(status().isFound());
	}

	@Test
	void wrongCurrentPasswordsLockTheAddressAsFailedSignInsDo() throws Exception {
		String token = token("Family#2026");
		change(token, "Guess#1000", "Changed#2027").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		int wrong = 1;
		while (wrong < 6 && change(token, "Guess#" + (1000 + wrong), "Changed#2027").andReturn()
			.getResponse()
			.getStatus() == 400) {
			wrong++;
		}
		Assertions.assertThat(wrong).as("wrong guesses before the address waits").isLessThanOrEqualTo(5);
		// locked now, even with the right one: a stolen session cannot go on guessing
		change(token, "Family#2026", "Changed#2027").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("password-attempts-locked"));
		mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(email)))
			.andExpect(status().isTooManyRequests());
	}

	private PageSession page(String password) throws Exception {
		return PageSession.of(mvc.perform(formLogin("/login").user(email).password(password))
			.andExpect(status().isFound())
			.andReturn());
	}

	private String token(String password) throws Exception {
		return SignedIn.tokenFrom(mvc
			.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions change(String token, String current, String replacement) throws Exception {
		return mvc.perform(post("/api/v1/me/password").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currentPassword":"%s","newPassword":"%s","confirmPassword":"%s"}""".formatted(current,
					replacement, replacement)));
	}

}
