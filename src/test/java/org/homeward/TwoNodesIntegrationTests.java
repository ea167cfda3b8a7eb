package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Homewards on one database, as behind a load balancer without sticky sessions: a
 * visitor signs in on one and goes on on the other, page for page, with the same session
 * (its CSRF token included); signing out on either ends it on both.
 */
@ExtendWith(SmtpServer.class)
class TwoNodesIntegrationTests {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoHomewards() {
		first = node();
		second = node();
	}

	@AfterAll
	static void stop() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(HomewardApplication.class).profiles("demo", "test")
			.run("--server.port=0", "--spring.main.banner-mode=off");
	}

	@Test
	void aVisitorSignedInOnOneHomewardGoesOnOnTheOther() throws Exception {
		// one cookie jar for both, as a browser has behind one address
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		String login = get(browser, first, "/login").body();
		HttpResponse<String> signIn = post(browser, first, "/login", "username=family%40example.com&password="
				+ URLEncoder.encode("Family#2026", StandardCharsets.UTF_8) + "&_csrf=" + csrf(login));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpResponse<String> account = get(browser, second, "/account");
		assertThat(account.statusCode()).as("signed in on the other Homeward too").isEqualTo(200);
		assertThat(account.body()).contains("family@example.com");

		// a form of the second, with the session's CSRF token, signs out; the first sees
		// it
		HttpResponse<String> signOut = post(browser, second, "/logout", "_csrf=" + csrf(account.body()));
		assertThat(signOut.statusCode()).isEqualTo(302);
		HttpResponse<String> after = get(browser, first, "/account");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return URLEncoder.encode(token.group(1) != null ? token.group(1) : token.group(2), StandardCharsets.UTF_8);
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext node, String path)
			throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(node, path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient browser, ConfigurableApplicationContext node, String path,
			String form) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
