package org.homeward.shared;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A well-formed request that a business rule refuses (not enough stamps, a limit reached,
 * a service not available). Answers 422 with {@link #code()} and a message the user can
 * act on.
 * <p>
 * Pages show it in the reader's language ({@link Refusals}): the bundle's message
 * {@code problem.<code>} with its {@link #arguments()}, or where the bundle has none, the
 * English message it was made with.
 */
public class BusinessRuleException extends RuntimeException {

	private final String code;

	private final Map<String, Object> details;

	private final List<String> arguments;

	private final @Nullable String wording;

	/**
	 * @param code a stable, machine-readable name of the rule, e.g.
	 * {@code "service-not-available"}
	 * @param message the explanation shown to the user, never containing another tenant's
	 * data
	 */
	public BusinessRuleException(String code, String message) {
		this(code, message, Map.of());
	}

	/**
	 * @param details what helps the user act, added to the problem as properties, e.g.
	 * where to buy stamps
	 */
	public BusinessRuleException(String code, String message, Map<String, Object> details) {
		this(code, message, List.of(), details);
	}

	/**
	 * @param arguments the values in the message, in the order of the bundle's
	 * {@code problem.<code>}: {0}, {1} … (text already formatted, such as amounts, so
	 * that every language shows them alike)
	 */
	public BusinessRuleException(String code, String message, List<String> arguments, Map<String, Object> details) {
		this(code, null, message, arguments, details);
	}

	/**
	 * @param wording which of the rule's wordings the message is, where one rule is
	 * refused in several situations: the bundle's {@code problem.<code>.<wording>}, e.g.
	 * {@code service-not-available.deposits-ended}
	 */
	public BusinessRuleException(String code, @Nullable String wording, String message, List<String> arguments,
			Map<String, Object> details) {
		super(message);
		this.code = code;
		this.wording = wording;
		this.details = Map.copyOf(details);
		this.arguments = List.copyOf(arguments);
	}

	/**
	 * The bundle key of the message: {@code problem.<code>}, or
	 * {@code problem.<code>.<wording>}.
	 */
	public String messageKey() {
		return "problem." + code + (wording == null ? "" : "." + wording);
	}

	public Map<String, Object> details() {
		return details;
	}

	public String code() {
		return code;
	}

	public List<String> arguments() {
		return arguments;
	}

}
