package org.homeward.shared;

/**
 * The request conflicts with what exists (an idempotency key reused for another request,
 * a state change). 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
