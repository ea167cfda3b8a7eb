package org.homeward.shared.web;

import java.io.IOException;

import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refusals made before Spring MVC (in a filter): the error dispatch answers them, as a problem or as the error page. */
final class Problems {

	/** The request attribute that carries the problem to {@link ErrorAnswers}. */
	static final String ATTRIBUTE = Problems.class.getName() + ".problem";

	private Problems() {
	}

	static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
		request.setAttribute(ATTRIBUTE, problem);
		response.sendError(problem.getStatus());
	}

}
