package org.homeward.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.homeward.shared.InvalidInputException.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose query parameters or form fields hold text Homeward cannot store
 * ({@link StorableText}), naming the field, before anything reads them: a problem for the
 * API, the error page for the pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StorableTextFilter extends OncePerRequestFilter {

	/** The request attribute that tells the error page which field was refused. */
	static final String REFUSED_FIELD = StorableTextFilter.class.getName() + ".field";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			boolean storable = StorableText.storable(parameter.getKey());
			for (String value : parameter.getValue()) {
				storable &= StorableText.storable(value);
			}
			if (!storable) {
				String field = StorableText.storable(parameter.getKey()) ? parameter.getKey() : "parameter";
				Problems.refuse(request, response,
						ApiProblemHandler.validationProblem("A field contains a character that cannot be stored.",
								List.of(new FieldError(field, StorableText.MESSAGE))));
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
