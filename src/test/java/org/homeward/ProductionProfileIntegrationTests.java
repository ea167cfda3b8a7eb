package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Objects;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The production profile alone, as the README tells operators to run it, on an empty
 * database of its own: it migrates and starts with only the database and the secret key
 * configured, sends mail to an SMTP relay, and has no demo data, no demo sign-ins and no
 * demo mailbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0",
				"homeward.accounts.secret-key=production-profile-test-key-0123456789abcdef" })
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class ProductionProfileIntegrationTests {

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry properties) throws Exception {
		String url = Objects.requireNonNullElse(System.getenv("HOMEWARD_TEST_DB_URL"),
				"jdbc:postgresql://127.0.0.1:5432/homeward_test");
		String user = Objects.requireNonNullElse(System.getenv("HOMEWARD_TEST_DB_USER"), "postgres");
		String password = Objects.requireNonNullElse(System.getenv("HOMEWARD_TEST_DB_PASSWORD"), "");
		String server = url.substring(0, url.lastIndexOf('/'));
		try (Connection connection = DriverManager.getConnection(server + "/postgres", user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists homeward_test_production with (force)");
			statement.execute("create database homeward_test_production");
		}
		properties.add("spring.datasource.url", () -> server + "/homeward_test_production");
		properties.add("spring.datasource.username", () -> user);
		properties.add("spring.datasource.password", () -> password);
	}

	@Autowired
	Environment environment;

	@Autowired
	MockMvc mvc;

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void startsOnAnEmptyDatabaseWithNothingOfTheDemo() throws Exception {
		assertThat(environment.getProperty("homeward.notifications.local-mailbox", "false")).isEqualTo("false");
		assertThat(environment.getProperty("homeward.accounts.staff-second-factor", "required")).isEqualTo("required");
		assertThat(environment.getProperty("spring.mail.host")).isEqualTo("localhost");
		mvc.perform(get("/api/v1/agencies")).andExpect(status().isOk()).andExpect(content().json("[]"));
		mvc.perform(get("/mailbox")).andExpect(status().isNotFound());
	}

	@Test
	void pageSessionsUseSecureCookiesAndCloseAfterTenIdleMinutes() throws Exception {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly",
				"SameSite=Lax");
		// Tomcat, not Homeward, ends idle page sessions: its timeout is
		// homeward.accounts.idle-timeout, in minutes
		Context pages = (Context) server.getTomcat().getHost().findChildren()[0];
		assertThat(pages.getSessionTimeout()).isEqualTo(10);
	}

}
