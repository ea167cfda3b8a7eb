package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.accounts.internal.PasswordResets;
import org.homeward.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family journey over the API: register, sign in, forget the password, reset it by
 * e-mail, sign in again.
 */
@PostgresIntegrationTest
class FamilyAccountApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PasswordResets resets;

	@Autowired
	Directory directory;

	@Test
	void registerForgetResetAndSignInAgain() throws Exception {
		String email = "maria-" + UUID.randomUUID() + "@example.com";
		String inmate = directory.findByStateAndNumber("FL", "A100001").get(0).id().toString();
		register(email, "Family#2026", inmate).andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.firstName").value("María"))
			.andExpect(jsonPath("$.id").isString());

		String token = signIn(email, "Family#2026").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(SignedIn::tokenFrom);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phones[0]").value("+13055550100"))
			.andExpect(jsonPath("$.address.region").value("FL"));

		json(post("/api/v1/password-resets"), "{\"email\":\"%s\"}".formatted(email.toUpperCase()))
			.andExpect(status().isAccepted());
		String path = TestMail.path(TestMail.await(email, "Reset your Homeward password"), "/password-reset/");

		json(post("/api/v1" + path.replace("/password-reset/", "/password-resets/")),
				"{\"newPassword\":\"short\",\"confirmPassword\":\"short\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItems("must be 8 to 16 characters long",
					"must contain an upper-case letter", "must contain a digit")));
		json(post("/api/v1" + path.replace("/password-reset/", "/password-resets/")),
				"{\"newPassword\":\"Reset#2027\",\"confirmPassword\":\"Reset#2027\"}")
			.andExpect(status().isNoContent());
		json(post("/api/v1" + path.replace("/password-reset/", "/password-resets/")),
				"{\"newPassword\":\"Again#2028\",\"confirmPassword\":\"Again#2028\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("token"));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		signIn(email, "Family#2026").andExpect(status().isUnauthorized());
		signIn(email, "Reset#2027").andExpect(status().isCreated());
		TestMail.await(email, "Your Homeward password was changed");
	}

	@Test
	void aResetForAnUnknownAddressAnswersTheSame() throws Exception {
		json(post("/api/v1/password-resets"), "{\"email\":\"nobody-%s@example.com\"}".formatted(UUID.randomUUID()))
			.andExpect(status().isAccepted());
	}

	@Test
	void aResetRequestDoesTheSameWorkForARegisteredAddressAsForAnyOther() throws Exception {
		String registered = Families.register(mvc, "reset-timing", null).email();
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
		// inside a transaction that is never committed, the background job cannot see the
		// two requests: what the
		// request itself did is all there is to see
		transactions.executeWithoutResult(status -> {
			int mailsBefore = jdbc.sql("select count(*) from notifications.outbox").query(Integer.class).single();
			int tokensBefore = jdbc.sql("select count(*) from accounts.email_token").query(Integer.class).single();
			resets.request(registered, Locale.ENGLISH);
			resets.request(unknown, Locale.ENGLISH);
			assertThat(jdbc.sql("select email from accounts.password_reset_request where email in (:emails)")
				.param("emails", List.of(registered, unknown))
				.query(String.class)
				.list()).containsExactlyInAnyOrder(registered, unknown);
			assertThat(jdbc.sql("select count(*) from notifications.outbox").query(Integer.class).single())
				.isEqualTo(mailsBefore);
			assertThat(jdbc.sql("select count(*) from accounts.email_token").query(Integer.class).single())
				.isEqualTo(tokensBefore);
			status.setRollbackOnly();
		});

		json(post("/api/v1/password-resets"), "{\"email\":\"%s\"}".formatted(unknown)).andExpect(status().isAccepted());
		json(post("/api/v1/password-resets"), "{\"email\":\"%s\"}".formatted(registered))
			.andExpect(status().isAccepted());
		TestMail.await(registered, "Reset your Homeward password");
		assertThat(jdbc.sql("select count(*) from notifications.outbox where to_address = :email")
			.param("email", unknown)
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from accounts.password_reset_request where email in (:emails)")
			.param("emails", List.of(registered, unknown))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void everyBrokenRuleIsNamed() throws Exception {
		json(post("/api/v1/accounts"), """
				{"email":"not-an-address","password":"password","firstName":"","lastName":"Lee","phones":["12"],
				 "address":{"line1":"1 Main St","city":"Miami","region":"Florida","postalCode":"331","country":"US"},
				 "acceptTerms":false}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("email", "password", "firstName", "phones[0]", "address.region", "address.postalCode",
							"acceptTerms")))
			.andExpect(jsonPath("$.errors[*].message", hasItems("must contain an upper-case letter",
					"must contain a digit", "must contain one of ! @ # $ % ^ & *")));
	}

	@Test
	void anAddressAbroadAndAnInternationalPhoneAreFine() throws Exception {
		json(post("/api/v1/accounts"), """
				{"email":"abroad-%s@example.com","password":"Abroad#2026","firstName":"Ana","lastName":"Ruiz",
				 "phones":["+52 55 1234 5678"],
				 "address":{"line1":"Av. Reforma 1","city":"Ciudad de México","region":"CDMX","country":"MX"},
				 "acceptTerms":true}""".formatted(UUID.randomUUID())).andExpect(status().isCreated());
	}

	@Test
	void anAddressCanOnlyHaveOneAccount() throws Exception {
		String email = "twice-" + UUID.randomUUID() + "@example.com";
		register(email, "Family#2026", null).andExpect(status().isCreated());
		register(email.toUpperCase(), "Family#2026", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("email-taken"));
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() throws Exception {
		String email = "change-" + UUID.randomUUID() + "@example.com";
		register(email, "Family#2026", null).andExpect(status().isCreated());
		String token = signIn(email, "Family#2026").andReturn()
			.getResponse()
			.getContentAsString()
			.transform(SignedIn::tokenFrom);
		json(post("/api/v1/me/password").header("Authorization", "Bearer " + token),
				"{\"currentPassword\":\"Wrong#2026\",\"newPassword\":\"Newer#2026\",\"confirmPassword\":\"Newer#2026\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		json(post("/api/v1/me/password").header("Authorization", "Bearer " + token),
				"{\"currentPassword\":\"Family#2026\",\"newPassword\":\"Newer#2026\",\"confirmPassword\":\"Other#2026\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("confirmPassword")));
		json(post("/api/v1/me/password").header("Authorization", "Bearer " + token),
				"{\"currentPassword\":\"Family#2026\",\"newPassword\":\"Newer#2026\",\"confirmPassword\":\"Newer#2026\"}")
			.andExpect(status().isNoContent());
		signIn(email, "Newer#2026").andExpect(status().isCreated());
	}

	private ResultActions register(String email, String password, String inmateId) throws Exception {
		return json(post("/api/v1/accounts"),
				"""
						{"email":"%s","password":"%s","confirmPassword":"%s","firstName":"María","lastName":"García",
						 "phones":["(305) 555-0100"],
						 "address":{"line1":"100 Biscayne Blvd","city":"Miami","region":"FL","postalCode":"33132","country":"US"},
						 "acceptTerms":true, "inmateId": %s}"""
					.formatted(email, password, password, inmateId == null ? "null" : "\"" + inmateId + "\""));
	}

	private ResultActions signIn(String email, String password) throws Exception {
		return json(post("/api/v1/sessions"), "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
