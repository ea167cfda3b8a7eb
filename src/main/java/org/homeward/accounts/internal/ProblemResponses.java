package org.homeward.accounts.internal;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's answers to callers who are not signed in (401) or not allowed (403), as
 * problem details.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint notSignedIn() {
		return (request, response, ex) -> write(response, 401, "not-signed-in", "Not signed in",
				"Sign in first: POST /api/v1/sessions, then send Authorization: Bearer <token>.");
	}

	static AccessDeniedHandler notAllowed() {
		return (request, response, ex) -> write(response, 403, "forbidden", "Not allowed",
				"Your account may not do this.");
	}

	static void write(HttpServletResponse response, int status, String code, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}".formatted(code, title,
					status, detail));
	}

}
