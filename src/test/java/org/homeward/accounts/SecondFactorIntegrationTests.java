package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.homeward.PageSession;
import org.homeward.SmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * With the production rule: staff enroll an authenticator at their first sign-in and give
 * a code every time.
 */
@SpringBootTest(properties = "homeward.accounts.staff-second-factor=required")
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
class SecondFactorIntegrationTests {

	static final String STAFF_HASH = "{bcrypt}$2a$10$2FMpum44DHbpgOezZgkNTuN7W/uRJKWRcuoq6gVy6PleNk7wpnA06";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffEnrollOnThePagesThenNeedACodeEverywhere() throws Exception {
		String email = newStaff();
		apiSignIn(email, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("second-factor-enrollment-required"));

		PageSession session = PageSession.of(mvc.perform(formLogin("/login").user(email).password("Staff#2026"))
			.andExpect(redirectedUrl("/login/second-factor"))
			.andReturn());
		mvc.perform(get("/staff").with(session)).andExpect(status().isForbidden());
		String page = mvc.perform(get("/login/second-factor").with(session))
			.andExpect(content().string(containsString("data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = page.replaceAll("(?s).*<code id=\"totp-secret\">([A-Z2-7]+)</code>.*", "$1");

		mvc.perform(post("/login/second-factor").param("code", "000000").with(session).with(csrf()))
			.andExpect(content().string(containsString("That code is not right")));
		secret = mvc.perform(get("/login/second-factor").with(session))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*<code id=\"totp-secret\">([A-Z2-7]+)</code>.*", "$1");
		session.from(mvc
			.perform(post("/login/second-factor").param("code", code(secret, Instant.now())).with(session).with(csrf()))
			.andExpect(redirectedUrl("/home"))
			.andReturn());
		mvc.perform(get("/staff").with(session)).andExpect(status().isOk());
		assertThat(storedSecret(email)).as("stored encrypted").startsWith("aes-gcm:").doesNotContain(secret);

		apiSignIn(email, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		apiSignIn(email, "123456").andExpect(status().isUnauthorized());
		String next = code(secret, Instant.now().plus(Duration.ofSeconds(30)));
		apiSignIn(email, next).andExpect(status().isCreated());
		apiSignIn(email, next).andExpect(status().isUnauthorized());
	}

	@Test
	void aSecretStoredBeforeEncryptionStillWorksAndIsEncryptedAtItsNextUse() throws Exception {
		String email = newStaff();
		String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
		jdbc.sql("""
				insert into accounts.second_factor (account_id, secret, enrolled_at, last_step)
				select id, :secret, :now, 0 from accounts.account where email = :email""")
			.param("secret", secret)
			.param("now", OffsetDateTime.now())
			.param("email", email)
			.update();
		apiSignIn(email, code(secret, Instant.now())).andExpect(status().isCreated());
		assertThat(storedSecret(email)).startsWith("aes-gcm:").doesNotContain(secret);
		apiSignIn(email, code(secret, Instant.now().plus(Duration.ofSeconds(30)))).andExpect(status().isCreated());
	}

	@Test
	void familiesNeverNeedOne() throws Exception {
		apiSignIn("family@example.com", null, "Family#2026").andExpect(status().isCreated());
	}

	private String newStaff() {
		UUID id = UUID.randomUUID();
		String email = "staff-" + id + "@demo-doc.test";
		jdbc.sql(
				"""
						insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, status, created_at)
						values (:id, 'STAFF', :email, :hash, 'New Staff', 'd645e428-54c2-5ccf-81dd-5316da657781', 'ACTIVE', :now)""")
			.param("id", id)
			.param("email", email)
			.param("hash", STAFF_HASH)
			.param("now", OffsetDateTime.now())
			.update();
		jdbc.sql("insert into accounts.staff_role (account_id, role) values (:id, 'MAILROOM_REVIEWER')")
			.param("id", id)
			.update();
		return email;
	}

	private String storedSecret(String email) {
		return jdbc
			.sql("""
					select f.secret from accounts.second_factor f join accounts.account a on a.id = f.account_id where a.email = :email""")
			.param("email", email)
			.query(String.class)
			.single();
	}

	private ResultActions apiSignIn(String email, String code) throws Exception {
		return apiSignIn(email, code, "Staff#2026");
	}

	private ResultActions apiSignIn(String email, String code, String password) throws Exception {
		return mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"%s\"%s}".formatted(email, password,
					code == null ? "" : ",\"code\":\"" + code + "\"")));
	}

	static String code(String secret, Instant at) throws Exception {
		return new TimeBasedOneTimePasswordGenerator()
			.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at);
	}

}
