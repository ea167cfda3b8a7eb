package org.homeward;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** API sign-in for tests, through the real sessions endpoint. */
public final class SignedIn {

	public static final String STAFF_PASSWORD = "Staff#2026";

	public static final String DOC_REVIEWER = "reviewer@demo-doc.test";

	public static final String DOC_ADMIN = "admin@demo-doc.test";

	public static final String DOC_INVESTIGATOR = "investigator@demo-doc.test";

	public static final String FED_REVIEWER = "reviewer@demo-fed.test";

	public static final String OPERATOR = "operator@homeward.test";

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

	/** The token in the answer to a sign-in. */
	public static String tokenFrom(String signInAnswer) {
		return JsonPath.read(signInAnswer, "$.token");
	}

	/** Adds the bearer token of a fresh session of this account. */
	public static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(MockMvc mvc, String email, B request)
			throws Exception {
		return request.header("Authorization", "Bearer " + token(mvc, email));
	}

}
