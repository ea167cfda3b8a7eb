package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.SmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * "Sign in with Google" end to end against a real OpenID Connect server run by the test
 * (mock-oauth2-server): the browser's redirects, the code exchange, the ID token's
 * signature and claims, and linking by verified e-mail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@ExtendWith(SmtpServer.class)
class SocialSignInIntegrationTests {

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start(0);
	}

	@DynamicPropertySource
	static void google(DynamicPropertyRegistry properties) {
		String issuer = provider.issuerUrl("google").toString();
		properties.add("spring.security.oauth2.client.registration.google.client-id", () -> "homeward");
		properties.add("spring.security.oauth2.client.registration.google.client-secret", () -> "homeward-secret");
		properties.add("spring.security.oauth2.client.registration.google.scope", () -> "openid,email,profile");
		properties.add("spring.security.oauth2.client.provider.google.issuer-uri", () -> issuer);
	}

	@AfterAll
	static void stop() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	@Test
	void aVerifiedAddressLinksTheFamilyAccountAndTheSubjectSignsInFromThenOn() throws Exception {
		String subject = "google-" + UUID.randomUUID();
		HttpResponse<String> first = signInWithGoogle(subject,
				Map.of("email", "family@example.com", "email_verified", true));
		assertThat(first.uri().getPath()).isEqualTo("/account");
		assertThat(first.body()).contains("Hello, Maria");

		HttpResponse<String> again = signInWithGoogle(subject,
				Map.of("email", "changed@elsewhere.example", "email_verified", true));
		assertThat(again.uri().getPath()).isEqualTo("/account");
		assertThat(again.body()).contains("Hello, Maria");
	}

	@Test
	void anUnverifiedAddressLinksNothing() throws Exception {
		HttpResponse<String> response = signInWithGoogle("google-" + UUID.randomUUID(),
				Map.of("email", "family@example.com", "email_verified", false));
		assertThat(response.uri().toString()).contains("/login?social=unknown");
		assertThat(response.body()).contains("no Homeward account uses that e-mail address");
	}

	@Test
	void staffCannotSignInThisWay() throws Exception {
		HttpResponse<String> response = signInWithGoogle("google-" + UUID.randomUUID(),
				Map.of("email", "reviewer@demo-doc.test", "email_verified", true));
		assertThat(response.uri().toString()).contains("/login?social=unknown");
	}

	@Test
	void theSignInPageOffersGoogle() throws Exception {
		HttpResponse<String> page = browser().send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).contains("Sign in with Google", "/oauth2/authorization/google");
	}

	private HttpResponse<String> signInWithGoogle(String subject, Map<String, Object> claims) throws Exception {
		provider.enqueueCallback(
				new DefaultOAuth2TokenCallback("google", subject, "JWT", List.of("homeward"), claims, 3600));
		return browser().send(HttpRequest.newBuilder(URI.create(url("/oauth2/authorization/google"))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A client that keeps cookies and follows redirects, as a browser does through the
	 * OAuth dance.
	 */
	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.ALWAYS)
			.build();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
