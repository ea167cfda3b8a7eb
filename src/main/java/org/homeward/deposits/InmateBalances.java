package org.homeward.deposits;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.homeward.ledger.PostEntry;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Money;

/**
 * An inmate's money, as the deposits module keeps it: the one place other modules ask for
 * a balance, or spend from it.
 */
public interface InmateBalances {

	/** The inmate's balance (below zero only after a chargeback). */
	Money balance(UUID inmate);

	/**
	 * Takes {@code amount} from the inmate's balance, at most once per key, under the
	 * balance's lock, within the caller's transaction: the credit lines say where the
	 * money goes and add up to the amount.
	 * @param whenShort the refusal when the balance (given) does not cover the amount
	 * @throws BusinessRuleException that refusal: nothing is spent
	 */
	void spend(UUID inmate, Money amount, String key, String kind, String description, List<PostEntry.Line> credits,
			Function<Money, BusinessRuleException> whenShort);

	/**
	 * Gives back what a {@link #spend} took, at most once per key: the debit lines take
	 * it from where it went and add up to minus the amount.
	 */
	void refund(UUID inmate, Money amount, String key, String kind, String description, List<PostEntry.Line> debits);

}
