package org.homeward.stamps;

import java.io.Serializable;
import java.util.UUID;

import org.homeward.shared.Money;

/**
 * What became of a stamp purchase (kept in the page session for the page after a
 * purchase, so serializable).
 */
public sealed interface PurchaseOutcome extends Serializable {

	UUID id();

	/**
	 * @param replayed whether this is the answer to an earlier request with the same key
	 */
	record Completed(UUID id, int stamps, Money charged, long balance, boolean replayed) implements PurchaseOutcome {
	}

	/** The card was refused; no stamps, no charge. */
	record Declined(UUID id, String reason) implements PurchaseOutcome {
	}

	/**
	 * The card network has not answered yet; the purchase completes (or not) by itself,
	 * and never twice.
	 */
	record Processing(UUID id) implements PurchaseOutcome {
	}

}
