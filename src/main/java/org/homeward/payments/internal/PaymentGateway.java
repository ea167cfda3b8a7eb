package org.homeward.payments.internal;

import org.homeward.shared.Money;

/**
 * The port to a card payment gateway. Every call that moves money carries an idempotency
 * key, so that a retry after a timeout can never charge twice. A real gateway is another
 * implementation of this interface.
 */
interface PaymentGateway {

	/** What the gateway said about a charge. */
	record Outcome(boolean approved, String reference, String declineReason) {

		static Outcome approved(String reference) {
			return new Outcome(true, reference, "");
		}

		static Outcome declined(String reason) {
			return new Outcome(false, "", reason);
		}

	}

	/** The gateway did not answer (in time); whether it acted is unknown. */
	class Unavailable extends RuntimeException {

		Unavailable(String message) {
			super(message);
		}

	}

	/** Exchanges the card's number and CVC for a token. */
	String tokenize(String number, int expiryMonth, int expiryYear, String cvc);

	/**
	 * Authorises and captures at once. Sent again with the same key, it answers what it
	 * did the first time (so an unknown outcome is resolved by asking again).
	 */
	Outcome charge(String token, Money amount, String idempotencyKey);

	/**
	 * @return whether the refund was accepted
	 */
	boolean refund(String reference, Money amount, String idempotencyKey);

}
