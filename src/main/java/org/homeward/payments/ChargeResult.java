package org.homeward.payments;

import java.util.UUID;

/** What became of a charge. */
public sealed interface ChargeResult {

	/** Why a charge that was never sent to the gateway is declined. */
	String NEVER_SENT = "the payment was not completed; nothing was charged";

	UUID chargeId();

	/** The money was taken. */
	record Captured(UUID chargeId, String reference) implements ChargeResult {
	}

	/**
	 * The card was refused; nothing was taken. {@code reason} is fit to show the card
	 * holder.
	 */
	record Declined(UUID chargeId, String reason) implements ChargeResult {
	}

	/**
	 * The gateway did not answer in time; the charge is reconciled later and never taken
	 * twice.
	 */
	record Unknown(UUID chargeId) implements ChargeResult {
	}

}
