package org.homeward.payments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Money;

/** Saved cards, charges and refunds. */
public interface Payments {

	/**
	 * Checks and saves a card (tokenised by the gateway).
	 * @throws org.homeward.shared.InvalidInputException naming each invalid field (number, expiry, CVC, address)
	 */
	PaymentMethodView add(UUID account, CardDetails card);

	/** The account's saved cards, newest first. */
	List<PaymentMethodView> methods(UUID account);

	/**
	 * Changes a saved card's expiry and billing address.
	 * @throws org.homeward.shared.NotFoundException when the card is not the account's
	 */
	PaymentMethodView update(UUID account, UUID method, int expiryMonth, int expiryYear, BillingAddress address);

	/** Removes a saved card; charges made with it keep their history. */
	void delete(UUID account, UUID method);

	/** The account's saved card, ready to charge; empty when it is not one of the account's cards. */
	Optional<ChargeableCard> chargeable(UUID account, UUID method);

	/**
	 * Charges a card found by {@link #chargeable}, at most once per {@code chargeId}: calling again with the same id
	 * returns the first outcome (or the reconciled one) and takes nothing more.
	 */
	ChargeResult charge(UUID chargeId, ChargeableCard card, Money amount, String description);

	/** The outcome of a charge, asking the gateway again if it was unknown. */
	ChargeResult resolve(UUID chargeId);

	/**
	 * Refunds part or all of a captured charge to its card, at most once per {@code refundKey}.
	 * @return whether the gateway took the refund (a card that can no longer be refunded returns false)
	 */
	boolean refund(UUID chargeId, Money amount, String refundKey);

}
