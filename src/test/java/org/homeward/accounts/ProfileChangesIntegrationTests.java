package org.homeward.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.messaging.Correspondents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PostgresIntegrationTest
class ProfileChangesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String email;

	String token;

	@BeforeEach
	void newFamily() throws Exception {
		Families.Family family = Families.register(mvc, "profile", null);
		email = family.email();
		token = family.token();
	}

	@Test
	void aNewAddressIsConfirmedByItsLinkAndTheOldOneIsTold() throws Exception {
		String newEmail = "moved-" + UUID.randomUUID() + "@example.com";
		json(post("/api/v1/me/email").header("Authorization", "Bearer " + token),
				"{\"newEmail\":\"%s\",\"confirmEmail\":\"other@example.com\"}".formatted(newEmail))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confirmEmail"));
		json(post("/api/v1/me/email").header("Authorization", "Bearer " + token),
				"{\"newEmail\":\"%s\",\"confirmEmail\":\"%s\"}".formatted(newEmail, newEmail.toUpperCase()))
			.andExpect(status().isAccepted());
		TestMail.await(email, "Your Homeward e-mail address is changing");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.email").value(email));

		String path = TestMail.path(TestMail.await(newEmail, "Confirm your new Homeward e-mail address"),
				"/email-confirm/");
		mvc.perform(post("/api/v1" + path.replace("/email-confirm/", "/email-confirmations/")))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1" + path.replace("/email-confirm/", "/email-confirmations/")))
			.andExpect(status().isBadRequest());
		signIn(newEmail).andExpect(status().isCreated());
		signIn(email).andExpect(status().isUnauthorized());
	}

	@Test
	void phoneNumbersAreStoredInE164() throws Exception {
		json(put("/api/v1/me/phones").header("Authorization", "Bearer " + token),
				"{\"phones\":[\"(786) 555-0199\", \"+44 20 7946 0958\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phones[0]").value("+17865550199"))
			.andExpect(jsonPath("$.phones[1]").value("+442079460958"));
		json(put("/api/v1/me/phones").header("Authorization", "Bearer " + token), "{\"phones\":[\"555\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phones[0]"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.phones.length()").value(2));
	}

	@Test
	void closingShowsWhatHappensFirstAndNeedsThePassword() throws Exception {
		mvc.perform(get("/api/v1/me/closure").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consequences").isEmpty());
		UUID account = jdbc.sql("select id from accounts.account where email = :email")
			.param("email", email.toLowerCase())
			.query(UUID.class)
			.single();
		Families.buyStamps(mvc, new Families.Family(email, token, account), "DEMO-DOC", 20);
		mvc.perform(get("/api/v1/me/closure").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.consequences[0]", Matchers.startsWith("You hold 20 stamps for ")))
			.andExpect(jsonPath("$.consequences[0]", Matchers.containsString("refunded to the card that paid")));
		json(post("/api/v1/me/closure").header("Authorization", "Bearer " + token), "{\"password\":\"Wrong#2026\"}")
			.andExpect(status().isBadRequest());
		json(post("/api/v1/me/closure").header("Authorization", "Bearer " + token), "{\"password\":\"Family#2026\"}")
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		signIn(email).andExpect(status().isUnauthorized());
		// and what they were told happens: the 20 stamps go back to the card
		Instant until = Instant.now().plusSeconds(20);
		while (refunded(account) < 20 && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		Assertions.assertThat(refunded(account)).isEqualTo(20);
	}

	private int refunded(UUID account) {
		return jdbc.sql("select coalesce(sum(stamps), 0) from stamps.refund where account_id = :account")
			.param("account", account)
			.query(Integer.class)
			.single();
	}

	private ResultActions signIn(String address) throws Exception {
		return json(post("/api/v1/sessions"), "{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(address));
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
