package org.homeward.deposits;

import java.util.UUID;

import org.homeward.shared.Money;

/**
 * An inmate's money, as the deposits module keeps it: the one place other modules ask for
 * a balance.
 */
public interface InmateBalances {

	/** The inmate's balance (below zero only after a chargeback). */
	Money balance(UUID inmate);

}
