package org.homeward.ledger;

import org.homeward.shared.ConflictException;

/** An idempotency key was used again for a different entry. Nothing moved. */
public class IdempotencyConflict extends ConflictException {

	public IdempotencyConflict(String key) {
		super("The Idempotency-Key " + key + " was already used for a different request.");
	}

}
