package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.homeward.Json;
import org.homeward.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/**
 * The API's document says what the code does: which operations need the bearer token (as
 * the security rules say), the problem every error answers with, the rate-limit headers
 * every answer carries, and a server a client may use.
 */
@PostgresIntegrationTest
class ApiDocumentIntegrationTests {

	@Autowired
	MockMvc mvc;

	/**
	 * The document as the repository keeps it: what clients are generated from (the
	 * build's own client, in the family journey test), so it must be what Homeward
	 * serves.
	 */
	static final Path KEPT = Path.of("docs", "api", "openapi.json");

	DocumentContext api;

	@BeforeEach
	void theDocument() throws Exception {
		api = JsonPath.parse(mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void operationsNeedTheBearerTokenExceptWhereAnyoneMayCall() throws Exception {
		assertThat(api.<String>read("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
		assertThat(api.<List<?>>read("$.paths['/api/v1/sessions'].post.security")).isEmpty();
		assertThat(api.<List<?>>read("$.paths['/api/v1/inmates'].get.security")).isEmpty();
		assertThat(api.<List<Map<String, ?>>>read("$.paths['/api/v1/messages'].get.security"))
			.containsExactly(Map.of("bearer", List.of()));
		assertThat(api.<List<Map<String, ?>>>read("$.paths['/api/v1/deposits'].post.security"))
			.containsExactly(Map.of("bearer", List.of()));
		// and what the document says is what the API does
		assertThat(api.<List<Map<String, ?>>>read("$.paths['/api/v1/admin/stamp-refunds'].post.security"))
			.containsExactly(Map.of("operatorBearer", List.of()));
		mvc.perform(get("/api/v1/inmates?state=FL&number=A100001")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/messages")).andExpect(status().isUnauthorized());
	}

	@Test
	void everyOperationDocumentsItsErrorsAsProblems() {
		Map<String, Map<String, Map<String, ?>>> paths = api.read("$.paths");
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			Map<String, ?> responses = JsonPath.parse(operation).read("$.responses");
			assertThat(responses).as("%s %s", method, path).containsKeys("400", "429", "500");
			assertThat(resolved(JsonPath.parse(operation).read("$.responses.500"))
				.<String>read("$.content['application/problem+json'].schema.$ref"))
				.isEqualTo("#/components/schemas/Problem");
		}));
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/messages'].get.responses")).containsKeys("401", "403");
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/deposits'].post.responses")).containsKeys("409", "422");
		assertThat(api.<Map<String, ?>>read("$.components.schemas.Problem.properties")).containsKeys("type", "title",
				"status", "detail", "code", "errors");
	}

	/** A response as written, or the one its {@code $ref} names. */
	DocumentContext resolved(Map<String, ?> response) {
		Object ref = response.get("$ref");
		if (ref == null) {
			return JsonPath.parse(response);
		}
		String name = ref.toString().replaceFirst("^#/components/responses/", "");
		return JsonPath.parse(api.<Map<String, ?>>read("$.components.responses." + name));
	}

	@Test
	void answersCarryTheirRateLimitAsDocumented() throws Exception {
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/agencies'].get.responses.200.headers"))
			.containsKeys("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
		assertThat(
				resolved(api.read("$.paths['/api/v1/agencies'].get.responses.429")).<Map<String, ?>>read("$.headers"))
			.containsKey("Retry-After");
		mvc.perform(get("/api/v1/agencies"))
			.andExpect(header().exists("RateLimit-Limit"))
			.andExpect(header().exists("RateLimit-Remaining"))
			.andExpect(header().exists("RateLimit-Reset"));
	}

	@Test
	void onlyTheOriginsHomewardAllowsMayCallFromABrowser() throws Exception {
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/agencies'].get.responses.200.headers"))
			.containsKey("Access-Control-Allow-Origin");
		mvc.perform(get("/api/v1/agencies").header("Origin", "https://partner.example"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "https://partner.example"));
		mvc.perform(options("/api/v1/deposits").header("Origin", "https://partner.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "Authorization, Idempotency-Key"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "https://partner.example"));
		mvc.perform(get("/api/v1/agencies").header("Origin", "https://elsewhere.example"))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
		// a page of Homeward's own is not a cross-origin caller
		mvc.perform(get("/api/v1/agencies").header("Origin", "http://localhost")).andExpect(status().isOk());
	}

	@Test
	void theDocumentTheRepositoryKeepsIsTheOneHomewardServes() throws Exception {
		String live = Json.canonical(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		if (System.getenv("HOMEWARD_WRITE_API_DOCUMENT") != null) {
			Files.createDirectories(KEPT.getParent());
			Files.writeString(KEPT, live);
		}
		assertThat(Files.exists(KEPT)).as("%s: run scripts/api-document to write it", KEPT).isTrue();
		assertThat(Files.readString(KEPT))
			.as("%s differs from what Homeward serves: run scripts/api-document, and check the difference", KEPT)
			.isEqualTo(live);
	}

	/**
	 * Spectral, with OpenAPI's rules and OWASP's API security rules
	 * (src/test/spectral/.spectral.yaml), finds no error in the document Homeward serves.
	 */
	@Test
	void spectralFindsNoErrorInTheDocument() throws Exception {
		Path spectral = Path.of("src", "test", "spectral", "node_modules", ".bin", "spectral");
		assertThat(spectral).as("Spectral is installed by the build (npm ci in src/test/spectral)").exists();
		Path served = Files.createDirectories(Path.of("target")).resolve("openapi-served.json");
		Files.writeString(served, mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		Process lint = new ProcessBuilder(spectral.toString(), "lint", served.toString(), "--ruleset",
				"src/test/spectral/.spectral.yaml", "--format", "json", "--quiet", "--fail-severity", "error")
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String report = new String(lint.getInputStream().readAllBytes());
		assertThat(lint.waitFor(2, TimeUnit.MINUTES)).isTrue();
		List<Map<String, Object>> errors = JsonPath.read(report, "$[?(@.severity == 0)]");
		assertThat(errors).as("Spectral's errors").isEmpty();
		assertThat(lint.exitValue()).isZero();
	}

	@Test
	void itsServerIsThisHomewardForAnyEnvironment() {
		assertThat(api.<String>read("$.servers[0].url")).isEqualTo("/");
		assertThat(api.<Boolean>read("$.servers[0].x-internal")).isFalse();
	}

}
