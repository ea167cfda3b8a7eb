package org.homeward.shared.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.InvalidInputException.FieldError;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.validation.ConstraintViolationException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail. Users see what they
 * can act on, never an exception's text or a stack trace; unexpected failures are logged
 * here with the request they came from.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	/**
	 * A parameter refused by the method validation of a controller marked
	 * {@code @Validated}: 400 naming it, as the built-in validation does.
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations().stream().map(violation -> {
			String path = violation.getPropertyPath().toString();
			return new FieldError(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
		}).sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
		return ResponseEntity.badRequest().body(validationProblem("The request has invalid parameters.", errors));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), "Request refused",
				ex.getMessage());
		problem.setProperty("code", ex.code());
		ex.details().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.code() == null ? "conflict" : ex.code(), "Conflict",
				ex.getMessage());
		if (ex.code() != null) {
			problem.setProperty("code", ex.code());
		}
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return validationProblem(ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return validationProblem("A parameter has the wrong format.",
				List.of(new FieldError(ex.getName(), "has the wrong format")));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail notAllowed(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your account may not do this.");
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail notSignedIn(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in", "Sign in first.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure on {}", request.getDescription(false), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong",
				"The request could not be completed. Nothing was lost; please try again.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem("The request has invalid fields.", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// a body's fields by their names (as when only the body is validated), any other
		// parameter by its own
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(
					result -> result instanceof ParameterErrors body && body.hasFieldErrors()
							? body.getFieldErrors()
								.stream()
								.map(error -> new FieldError(error.getField(),
										String.valueOf(error.getDefaultMessage())))
								.sorted(Comparator.comparing(FieldError::field))
							: result.getResolvableErrors()
								.stream()
								.map(error -> new FieldError(result.getMethodParameter().getParameterName(),
										message(error))))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem("The request has invalid parameters.", errors));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(validationProblem("A required parameter is missing.",
					List.of(new FieldError(ex.getParameterName(), "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MissingRequestHeaderException missing ? missing.getHeaderName() : "request";
		return ResponseEntity.badRequest()
			.body(validationProblem("A required header is missing.", List.of(new FieldError(field, "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Upload too large",
					"The file is larger than the largest upload allowed."));
	}

	/**
	 * A body that is not JSON, or a field of the wrong type or with text that cannot be
	 * stored: named when known.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
			String message = String.valueOf(json.getOriginalMessage()).contains(StorableText.MESSAGE)
					? StorableText.MESSAGE : wrongType(json);
			return ResponseEntity.badRequest()
				.body(validationProblem("The request has invalid fields.",
						List.of(new FieldError(path(json), message))));
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "unreadable", "Unreadable request",
					"The request's body is not JSON of the expected form."));
	}

	private static String wrongType(JacksonException json) {
		if (json instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			Class<?> target = mismatch.getTargetType();
			if (target == Money.class) {
				return String.valueOf(mismatch.getOriginalMessage());
			}
			if (target == int.class || target == Integer.class || target == long.class || target == Long.class
					|| target == short.class || target == Short.class) {
				return "must be a whole number";
			}
			if (target == boolean.class || target == Boolean.class) {
				return "must be true or false";
			}
		}
		return "has the wrong type or format";
	}

	/**
	 * The field's path as a client wrote it: {@code address.line1}, {@code phones[2]}.
	 */
	private static String path(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : json.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	private static String message(MessageSourceResolvable error) {
		return String.valueOf(error.getDefaultMessage());
	}

	static ProblemDetail validationProblem(String detail, List<FieldError> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail);
		problem.setProperty("errors",
				errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String code, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + code));
		problem.setTitle(title);
		return problem;
	}

}
