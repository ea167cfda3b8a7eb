package org.homeward.deposits;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where cash a store took for an inmate is: APPLIED to the inmate's balance at once, or
 * HELD for the operator when it cannot be (the person left custody, the agency stopped
 * taking deposits since the slip was printed); the operator then applies it or RETURNS it
 * to the store's network for the payer. Held money is never dropped: it sits in the
 * ledger's unapplied-cash account until one of the two.
 */
public enum RetailPaymentStatus {

	APPLIED, HELD, RETURNED;

	public static final Lifecycle<RetailPaymentStatus> LIFECYCLE = Lifecycle.of("retail payment",
			RetailPaymentStatus.class, Map.of(HELD, Set.of(APPLIED, RETURNED)));

}
