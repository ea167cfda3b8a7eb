package org.homeward.shared.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container's errors are answered with (an unknown address, a method the
 * address does not take, a body too large, a refusal made in a filter): a problem
 * ({@code application/problem+json}) for the API, the error page for the pages. Errors
 * inside Spring MVC's handlers are {@link ApiProblemHandler}'s and
 * {@link PageErrorHandler}'s.
 */
@Controller
class ErrorAnswers implements ErrorController {

	/** Code, title and detail of each status a request can end in here. */
	private static final Map<Integer, String[]> WORDS = Map.ofEntries(
			Map.entry(400,
					new String[] { "bad-request", "Bad request",
							"The request could not be read. Check its address, headers and body." }),
			Map.entry(401, new String[] { "not-signed-in", "Not signed in", "Sign in first." }),
			Map.entry(403, new String[] { "forbidden", "Not allowed", "Your account may not do this." }),
			Map.entry(404, new String[] { "not-found", "Not found", "There is nothing at this address." }),
			Map.entry(405,
					new String[] { "method-not-allowed", "Method not allowed",
							"This address does not take requests of this method." }),
			Map.entry(406,
					new String[] { "not-acceptable", "Not acceptable",
							"This address cannot answer in the form the request asked for." }),
			Map.entry(411,
					new String[] { "length-required", "Length required",
							"An upload must say how long it is (Content-Length)." }),
			Map.entry(413,
					new String[] { "too-large", "Request too large",
							"The request is larger than this address accepts." }),
			Map.entry(414,
					new String[] { "address-too-long", "Address too long", "The request's address is too long." }),
			Map.entry(415,
					new String[] { "unsupported-media-type", "Unsupported media type",
							"This address does not take a body of this type." }),
			Map.entry(431,
					new String[] { "headers-too-large", "Headers too large", "The request's headers are too large." }),
			Map.entry(429, new String[] { "too-many-requests", "Too many requests",
					"Too many requests; please wait a moment." }));

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request, Locale locale) {
		int status = status(request);
		ProblemDetail problem = request.getAttribute(Problems.ATTRIBUTE) instanceof ProblemDetail refused ? refused
				: problemFor(status);
		if (wantsProblem(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error", HttpStatusCode.valueOf(status));
		page.addObject("status", status);
		return page;
	}

	static ProblemDetail problemFor(int status) {
		String[] words = WORDS.getOrDefault(status, new String[] { "internal-error", "Something went wrong",
				"The request could not be completed. Nothing was lost; please try again." });
		ProblemDetail problem = ApiProblemHandler.problem(HttpStatus.valueOf(status), words[0], words[1], words[2]);
		problem.setProperty("code", words[0]);
		return problem;
	}

	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return code instanceof Integer status && status >= 400 ? status : 500;
	}

	/** The API, or a client that asks for JSON rather than a page. */
	private static boolean wantsProblem(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String original ? original : request.getRequestURI();
		if (path.startsWith("/api/") || path.startsWith("/v3/") || path.equals("/api")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

}
