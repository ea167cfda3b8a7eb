package org.homeward.shared.web;

import org.homeward.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web pages become the friendly error page with the right status. API
 * controllers are answered first by {@link ApiProblemHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		ModelAndView view = new ModelAndView("error", HttpStatus.NOT_FOUND);
		view.addObject("status", 404);
		return view;
	}

}
