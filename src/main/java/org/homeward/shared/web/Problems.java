package org.homeward.shared.web;

import java.io.IOException;

import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refusals made before Spring MVC (in a filter): answered by the error dispatch, as a
 * problem or the error page, or at once.
 */
final class Problems {

	/** The request attribute that carries the problem to {@link ErrorAnswers}. */
	static final String ATTRIBUTE = Problems.class.getName() + ".problem";

	private Problems() {
	}

	static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		request.setAttribute(ATTRIBUTE, problem);
		response.sendError(problem.getStatus());
	}

	/**
	 * Answers at once, with no error dispatch: for a request whose body is left unread (a
	 * page's error dispatch would read its form, waiting for a body that may never come).
	 * The connection is closed after the answer.
	 */
	static void answerNow(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		boolean api = request.getRequestURI().startsWith("/api/")
				|| String.valueOf(request.getHeader("Accept")).contains("json");
		response.setStatus(problem.getStatus());
		response.setHeader("Connection", "close");
		response.setCharacterEncoding("UTF-8");
		response.setContentType(api ? "application/problem+json" : "text/html");
		response.getWriter()
			.write(api ? ContainerErrors.ProblemValve.json(problem) : ContainerErrors.ProblemValve.html(problem));
		response.flushBuffer();
	}

}
