package org.homeward.payments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Money;

/** Saved cards, charges and refunds. */
public interface Payments {

	/**
	 * Checks and saves a card (tokenised by the gateway).
	 * @throws org.homeward.shared.InvalidInputException naming each invalid field
	 * (number, expiry, CVC, address)
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

	/**
	 * The account's saved card, ready to charge; empty when it is not one of the
	 * account's cards.
	 */
	Optional<ChargeableCard> chargeable(UUID account, UUID method);

	/**
	 * Records a charge of a card found by {@link #chargeable} as pending, within the
	 * caller's transaction: the payment that needs the charge and the charge itself
	 * become durable together, so a crash leaves both or neither. Nothing is sent to the
	 * gateway yet. Opening an id that is open already does nothing.
	 */
	void open(UUID chargeId, ChargeableCard card, Money amount, String description);

	/**
	 * Asks the gateway to take an opened charge, outside any transaction, with the
	 * charge's id as the gateway's idempotency key: asked again, the gateway answers what
	 * it did the first time and takes nothing more. A charge settled already is answered
	 * from its record without asking. A charge that was never opened was never sent
	 * either, so it answers {@link ChargeResult.Declined} ("nothing was charged").
	 * Records nothing: the caller passes the answer to {@link #record} in the transaction
	 * that settles its own payment.
	 */
	ChargeResult send(UUID chargeId);

	/**
	 * {@link #send(UUID)} for a charge the caller has just opened with this card and
	 * amount, without reading it back.
	 */
	ChargeResult send(UUID chargeId, ChargeableCard card, Money amount);

	/**
	 * Records the gateway's answer to {@link #send}, within the caller's transaction; a
	 * settled charge stays as it is.
	 */
	void record(ChargeResult result);

	/**
	 * Refunds part or all of a captured charge to its card, at most once per
	 * {@code refundKey}.
	 * @return whether the gateway took the refund (a card that can no longer be refunded
	 * returns false)
	 */
	boolean refund(UUID chargeId, Money amount, String refundKey);

}
