package org.homeward.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Input that passed the shape checks of the edge but is still invalid (a file with bad
 * content, a field that contradicts another). Answers 400 with the field errors.
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

	/** One invalid field, with the rule it breaks (see {@link FieldError#of}). */
	public InvalidInputException(FieldError error) {
		this(error.message(), List.of(error));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * One invalid field and why.
	 *
	 * @param message why, in English (the API's answer)
	 * @param rule the rule broken, where pages can show it in the reader's language: the
	 * bundle's message {@code invalid.<rule>} with the arguments ({@link Refusals}); null
	 * where they show the English message
	 * @param arguments the values in the message, already formatted, in the order of the
	 * bundle's {0}, {1} …
	 */
	public record FieldError(String field, String message, @Nullable String rule, List<String> arguments) {

		public FieldError {
			arguments = List.copyOf(arguments);
		}

		public FieldError(String field, String message) {
			this(field, message, null, List.of());
		}

		/** A field that breaks a rule pages translate. */
		public static FieldError of(String field, String rule, String message, String... arguments) {
			return new FieldError(field, message, rule, List.of(arguments));
		}

	}

}
