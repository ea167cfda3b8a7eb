package org.homeward.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may call what: every API path and page, for anonymous visitors, a family member, an inmate at a kiosk, each
 * staff role of DEMO-DOC, staff of another agency, and a platform operator. Another tenant's records answer 404,
 * never 403; a page asks anonymous visitors to sign in (302).
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

	enum Who {

		ANONYMOUS(null, null), FAMILY("family@example.com", "Family#2026"), INMATE(null, null),
		DOC_REVIEWER("reviewer@demo-doc.test", "Staff#2026"), DOC_INVESTIGATOR("investigator@demo-doc.test", "Staff#2026"),
		DOC_ADMIN("admin@demo-doc.test", "Staff#2026"), FED_REVIEWER("reviewer@demo-fed.test", "Staff#2026"),
		OPERATOR("operator@homeward.test", "Operator#2026");

		final String email;

		final String password;

		Who(String email, String password) {
			this.email = email;
			this.password = password;
		}

	}

	static final String INMATE_A100010 = "/api/v1/agencies/DEMO-DOC/inmates/%s";

	@Autowired
	MockMvc mvc;

	final Map<Who, String> tokens = new EnumMap<>(Who.class);

	final Map<Who, MockHttpSession> sessions = new EnumMap<>(Who.class);

	String inmate;

	@BeforeAll
	void signEveryoneIn() throws Exception {
		for (Who who : Who.values()) {
			if (who.email != null) {
				tokens.put(who, token(post("/api/v1/sessions"),
						"{\"email\":\"%s\",\"password\":\"%s\"}".formatted(who.email, who.password)));
				sessions.put(who, (MockHttpSession) mvc.perform(formLogin("/login").user(who.email).password(who.password))
					.andReturn().getRequest().getSession());
			}
		}
		tokens.put(Who.INMATE, token(post("/api/v1/kiosk/sessions"),
				"{\"agencyCode\":\"DEMO-DOC\",\"inmateNumber\":\"A100011\",\"pin\":\"2468\"}"));
		inmate = mvc.perform(get("/api/v1/inmates").param("state", "FL").param("number", "A100010"))
			.andReturn().getResponse().getContentAsString().replaceAll("^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
	}

	/** Expected statuses in the order of {@link Who}: anonymous, family, inmate, reviewer, investigator, admin, other agency, operator. */
	Stream<Arguments> api() {
		String restrictions = INMATE_A100010.formatted(inmate) + "/restrictions";
		String pin = INMATE_A100010.formatted(inmate) + "/pin";
		String restriction = "{\"kind\":\"NO_MEDIA\",\"until\":\"2099-01-01\",\"reason\":\"matrix\"}";
		return Stream.of(
				api("GET", "/api/v1/agencies", null, 200, 200, 200, 200, 200, 200, 200, 200),
				api("GET", "/api/v1/inmates?state=FL&number=A100001", null, 200, 200, 200, 200, 200, 200, 200, 200),
				api("GET", "/api/v1/agencies/DEMO-DOC/stamp-bundles", null, 200, 200, 200, 200, 200, 200, 200, 200),
				api("GET", "/api/v1/me", null, 401, 200, 403, 403, 403, 403, 403, 403),
				api("GET", "/api/v1/me/closure", null, 401, 200, 403, 403, 403, 403, 403, 403),
				api("GET", "/api/v1/payment-methods", null, 401, 200, 403, 403, 403, 403, 403, 403),
				api("GET", "/api/v1/stamps", null, 401, 200, 403, 403, 403, 403, 403, 403),
				api("POST", "/api/v1/stamp-purchases", "{}", 401, 400, 400, 400, 400, 400, 400, 400),
				api("GET", "/api/v1/agencies/DEMO-DOC/inmates?q=john", null, 401, 404, 404, 200, 200, 200, 404, 200),
				api("GET", "/api/v1/agencies/DEMO-DOC/contract", null, 401, 404, 404, 200, 200, 200, 404, 200),
				api("PUT", "/api/v1/agencies/DEMO-DOC/contract/services/MEDIA", "{\"enabled\":true}", 401, 404, 404, 403, 403, 200, 404, 200),
				api("GET", "/api/v1/agencies/DEMO-DOC/staff", null, 401, 404, 404, 403, 403, 200, 404, 200),
				api("GET", restrictions, null, 401, 404, 404, 200, 200, 200, 404, 200),
				api("POST", restrictions, restriction, 401, 404, 404, 201, 403, 201, 404, 403),
				api("POST", pin, "{\"pin\":\"2468\"}", 401, 404, 404, 204, 403, 204, 404, 403),
				api("GET", "/api/v1/agencies/DEMO-FED/contract", null, 401, 404, 404, 404, 404, 404, 200, 200));
	}

	/** Pages, in the same order (no inmate: kiosks use the API). */
	Stream<Arguments> pages() {
		return Stream.of(
				page("/", 200, 200, 200, 200, 200, 200, 200),
				page("/account", 302, 200, 403, 403, 403, 403, 403),
				page("/account/cards", 302, 200, 403, 403, 403, 403, 403),
				page("/stamps", 302, 200, 403, 403, 403, 403, 403),
				page("/staff", 302, 403, 200, 200, 200, 200, 200),
				page("/staff/inmates?q=john&agency=DEMO-DOC", 302, 403, 200, 200, 200, 200, 200),
				page("/staff/roster?agency=DEMO-DOC", 302, 403, 403, 403, 200, 403, 200));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("api")
	void apiAnswersEachCallerAsExpected(String method, String path, String body, List<Integer> expected) throws Exception {
		for (Who who : Who.values()) {
			MockHttpServletRequestBuilder request = switch (method) {
				case "POST" -> post(path);
				case "PUT" -> put(path);
				default -> get(path);
			};
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			if (tokens.containsKey(who)) {
				request.header("Authorization", "Bearer " + tokens.get(who));
			}
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			org.assertj.core.api.Assertions.assertThat(status).as("%s %s as %s", method, path, who)
				.isEqualTo(expected.get(who.ordinal()));
		}
	}

	@ParameterizedTest(name = "page {0}")
	@MethodSource("pages")
	void pagesAnswerEachCallerAsExpected(String path, List<Integer> expected) throws Exception {
		List<Who> callers = new ArrayList<>(List.of(Who.values()));
		callers.remove(Who.INMATE);
		for (int i = 0; i < callers.size(); i++) {
			Who who = callers.get(i);
			MockHttpServletRequestBuilder request = get(path);
			if (sessions.containsKey(who)) {
				request.session(sessions.get(who));
			}
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			org.assertj.core.api.Assertions.assertThat(status).as("page %s as %s", path, who).isEqualTo(expected.get(i));
		}
	}

	private static Arguments api(String method, String path, String body, Integer... statuses) {
		return Arguments.of(method, path, body, List.of(statuses));
	}

	private static Arguments page(String path, Integer... statuses) {
		return Arguments.of(path, List.of(statuses));
	}

	private String token(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString().transform(SignedIn::tokenFrom);
	}

}
