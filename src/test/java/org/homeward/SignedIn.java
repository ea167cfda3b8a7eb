package org.homeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** API sign-in for tests, through the real sessions endpoint. */
public final class SignedIn {

	public static final String STAFF_PASSWORD = "Staff#2026";

	public static final String DOC_REVIEWER = "reviewer@demo-doc.test";

	public static final String DOC_ADMIN = "admin@demo-doc.test";

	public static final String DOC_INVESTIGATOR = "investigator@demo-doc.test";

	public static final String FED_REVIEWER = "reviewer@demo-fed.test";

	public static final String OPERATOR = "operator@homeward.test";

	private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	private SignedIn() {
	}

	public static String token(MockMvc mvc, String email) throws Exception {
		String password = email.equals(OPERATOR) ? "Operator#2026" : STAFF_PASSWORD;
		String body = mvc
			.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return tokenFrom(body);
	}

	/** A family registered for a test, and a fresh API token of theirs. */
	public record Family(String email, String password, String token) {
	}

	/**
	 * Registers a new family (Florida address, one phone) through the API and signs them
	 * in.
	 */
	public static Family newFamily(MockMvc mvc, String emailPrefix) throws Exception {
		String email = emailPrefix + "-" + UUID.randomUUID() + "@example.com";
		mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
				{"email":"%s","password":"Family#2026","firstName":"Ana","lastName":"Lee","phones":["305-555-0101"],
				 "address":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"},
				 "acceptTerms":true}""".formatted(email))).andExpect(status().isCreated());
		String body = mvc
			.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(email)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Family(email, "Family#2026", tokenFrom(body));
	}

	/** The token in the answer to a sign-in. */
	public static String tokenFrom(String signInAnswer) {
		Matcher matcher = TOKEN.matcher(signInAnswer);
		if (!matcher.find()) {
			throw new IllegalStateException("no token in " + signInAnswer);
		}
		return matcher.group(1);
	}

	/** Adds the bearer token of a fresh session of this account. */
	public static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(MockMvc mvc, String email, B request)
			throws Exception {
		return request.header("Authorization", "Bearer " + token(mvc, email));
	}

}
