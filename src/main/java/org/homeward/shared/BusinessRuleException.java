package org.homeward.shared;

/**
 * A well-formed request that a business rule refuses (not enough stamps, a limit reached, a service not
 * available). Answers 422 with {@link #code()} and a message the user can act on.
 */
public class BusinessRuleException extends RuntimeException {

	private final String code;

	private final java.util.Map<String, Object> details;

	/**
	 * @param code a stable, machine-readable name of the rule, e.g. {@code "service-not-available"}
	 * @param message the explanation shown to the user, never containing another tenant's data
	 */
	public BusinessRuleException(String code, String message) {
		this(code, message, java.util.Map.of());
	}

	/**
	 * @param details what helps the user act, added to the problem as properties, e.g. where to buy stamps
	 */
	public BusinessRuleException(String code, String message, java.util.Map<String, Object> details) {
		super(message);
		this.code = code;
		this.details = java.util.Map.copyOf(details);
	}

	public java.util.Map<String, Object> details() {
		return details;
	}

	public String code() {
		return code;
	}

}
