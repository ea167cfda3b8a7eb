package org.homeward.shared;

/**
 * A well-formed request that a business rule refuses (not enough stamps, a limit reached, a service not
 * available). Answers 422 with {@link #code()} and a message the user can act on.
 */
public class BusinessRuleException extends RuntimeException {

	private final String code;

	/**
	 * @param code a stable, machine-readable name of the rule, e.g. {@code "service-not-available"}
	 * @param message the explanation shown to the user, never containing another tenant's data
	 */
	public BusinessRuleException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
