package org.homeward.shared;

import org.jspecify.annotations.Nullable;

/**
 * The request conflicts with what exists (an idempotency key reused for another request,
 * a state change, a visit slot just taken). 409.
 */
public class ConflictException extends RuntimeException {

	private final @Nullable String code;

	public ConflictException(String message) {
		this(null, message);
	}

	/**
	 * @param code a stable, machine-readable name of the conflict (e.g.
	 * {@code slot-taken}), added to the problem as {@code code}; its words on pages are
	 * the message {@code problem.<code>}
	 */
	public ConflictException(@Nullable String code, String message) {
		super(message);
		this.code = code;
	}

	public @Nullable String code() {
		return code;
	}

}
