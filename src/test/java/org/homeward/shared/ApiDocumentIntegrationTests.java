package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

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
			assertThat(JsonPath.parse(operation)
				.<String>read("$.responses.500.content['application/problem+json'].schema.$ref"))
				.isEqualTo("#/components/schemas/Problem");
		}));
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/messages'].get.responses")).containsKeys("401", "403");
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/deposits'].post.responses")).containsKeys("409", "422");
		assertThat(api.<Map<String, ?>>read("$.components.schemas.Problem.properties")).containsKeys("type", "title",
				"status", "detail", "code", "errors");
	}

	@Test
	void answersCarryTheirRateLimitAsDocumented() throws Exception {
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/agencies'].get.responses.200.headers"))
			.containsKeys("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
		assertThat(api.<Map<String, ?>>read("$.paths['/api/v1/agencies'].get.responses.429.headers"))
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
	void itsServerIsThisHomewardForAnyEnvironment() {
		assertThat(api.<String>read("$.servers[0].url")).isEqualTo("/");
		assertThat(api.<Boolean>read("$.servers[0].x-internal")).isFalse();
	}

}
