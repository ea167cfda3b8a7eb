package org.homeward.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.homeward.HomewardApplication;
import org.homeward.SignedIn;
import org.homeward.SmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A draft saved on one running Homeward is there after it stops and another starts on the
 * same database: what a family typed survives a crash or a deployment (and their API
 * token does too).
 */
@ExtendWith(SmtpServer.class)
class DraftsSurviveRestartIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aDraftOutlivesTheProcessThatSavedIt() throws Exception {
		String email = "restart-" + UUID.randomUUID() + "@example.com";
		UUID draft = UUID.randomUUID();
		String token;
		try (ConfigurableApplicationContext first = start()) {
			String base = base(first);
			String inmate = call(base, "GET", "/api/v1/inmates?state=FL&number=A100009", null, null)
				.replaceAll("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
			call(base, "POST", "/api/v1/accounts", null,
					"""
							{"email":"%s","password":"Family#2026","firstName":"Ida","lastName":"Reyes","phones":["305-555-0123"],
							 "address":{"line1":"2 Bay Rd","city":"Miami","region":"FL","postalCode":"33101","country":"US"},
							 "acceptTerms":true,"inmateId":"%s"}"""
						.formatted(email, inmate));
			token = SignedIn.tokenFrom(call(base, "POST", "/api/v1/sessions", null,
					"{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(email)));
			call(base, "PUT", "/api/v1/drafts/" + draft, token,
					"{\"inmateId\":\"%s\",\"body\":\"Words typed before the crash\"}".formatted(inmate));
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(call(base(second), "GET", "/api/v1/drafts", token, null)).contains(draft.toString(),
					"Words typed before the crash");
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplication(HomewardApplication.class).run("--spring.profiles.active=demo,test",
				"--server.port=0", "--spring.main.banner-mode=off");
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private String call(String base, String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
		return response.body();
	}

}
