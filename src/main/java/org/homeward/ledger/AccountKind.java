package org.homeward.ledger;

/**
 * The kinds of ledger account, with whether their balance may go below zero and whether
 * they are hot (credited by nearly every transaction, so their balance is spread over
 * several rows).
 */
public enum AccountKind {

	/** Money a card network owes us for captured charges, or we owe back for refunds. */
	CARD_CLEARING(true, true),
	/**
	 * Cash a retail network took at its counters for us, owed to us until its settlement
	 * pays it.
	 */
	RETAIL_CLEARING(true, true),
	/**
	 * Cash a store took that could not be applied to the inmate it was for (they left
	 * custody, deposits stopped): held for the operator to apply or return, never
	 * dropped.
	 */
	UNAPPLIED_CASH(false, false),
	/**
	 * An inmate's terminal minutes at their agency (bought from their balance where the
	 * inmate pays for messaging by the minute).
	 */
	INMATE_MINUTES(false, false),
	/** Terminal minutes an agency has sold (the other side of every inmate's minutes). */
	MINUTES_ISSUED(true, true),
	/** Money inmates paid for terminal minutes and printed pages, by agency. */
	TERMINAL_REVENUE(true, true),
	/**
	 * The remaining balances of released people, owed by the agency's trust office until
	 * it pays them out (its release payout file).
	 */
	RELEASE_PAYABLE(false, false),
	/** A family member's stamps at one agency. */
	FAMILY_STAMPS(false, false),
	/**
	 * An inmate's money (deposits in, spending out). It may go below zero: a chargeback
	 * reverses a deposit even after it was spent, and later deposits pay it back first.
	 * Spread over several rows: many families send money to the same person at once (a
	 * birthday, a release day), and spending is checked under a lock of its own.
	 */
	INMATE_BALANCE(true, true),
	/**
	 * An inmate's own stamps at their agency (bought from their balance), for replies
	 * beyond a prepaid reply stamp.
	 */
	INMATE_STAMPS(false, false),
	/** Stamps an agency has put into circulation (the other side of every wallet). */
	STAMPS_ISSUED(true, true),
	/**
	 * Money paid for stamps not yet spent: owed to the family until a message uses them.
	 */
	DEFERRED_STAMP_REVENUE(true, true),
	/**
	 * Money paid for video visits that have not taken place: owed back to the family
	 * while the visit can still be cancelled, denied or refunded.
	 */
	DEFERRED_VISIT_REVENUE(true, true),
	/**
	 * Homeward's share of media sales (what is left after the agency's commission and the
	 * rights holder's royalty).
	 */
	MEDIA_REVENUE(true, true),
	/** Royalties owed to the rights holders of media sold, until paid. */
	ROYALTIES_PAYABLE(true, true),
	/** Money earned when stamps are spent. */
	STAMP_REVENUE(true, true),
	/** Homeward's share of deposit and payment fees. */
	FEE_REVENUE(true, true),
	/**
	 * The agency's commission on fees (and messages), owed to the agency until settled.
	 */
	COMMISSIONS_PAYABLE(true, true),
	/**
	 * Money paid for a person under the agency's supervision (fees, restitution, court
	 * costs), owed to the agency.
	 */
	SUPERVISION_PAYABLE(true, true),
	/**
	 * Money owed back to a family whose card could not take a refund, until it is paid by
	 * other means.
	 */
	REFUNDS_OWED(true, false);

	private final boolean mayGoNegative;

	private final boolean hot;

	AccountKind(boolean mayGoNegative, boolean hot) {
		this.mayGoNegative = mayGoNegative;
		this.hot = hot;
	}

	public boolean mayGoNegative() {
		return mayGoNegative;
	}

	public boolean hot() {
		return hot;
	}

}
