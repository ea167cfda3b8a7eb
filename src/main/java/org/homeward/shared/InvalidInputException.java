package org.homeward.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that passed the shape checks of the edge but is still invalid (a file with bad content, a field that
 * contradicts another). Answers 400 with the field errors.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(String message, List<FieldError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String field, String message) {
		this(message, List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** The messages per field, in order, for showing next to each field of a form. */
	public Map<String, List<String>> byField() {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		errors.forEach(error -> byField.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(error.message()));
		return byField;
	}

	/** One invalid field and why. */
	public record FieldError(String field, String message) {
	}

}
