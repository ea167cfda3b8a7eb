package org.homeward.payments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.Money;
import org.springframework.stereotype.Service;

/**
 * Payments. No method holds a database transaction open while the gateway is called, so a
 * slow gateway never blocks other work; what is written joins the caller's transaction.
 */
@Service
class PaymentService implements Payments {

	private final SavedCards cards;

	private final Charges charges;

	PaymentService(SavedCards cards, Charges charges) {
		this.cards = cards;
		this.charges = charges;
	}

	@Override
	public PaymentMethodView add(UUID account, CardDetails card) {
		return cards.add(account, card);
	}

	@Override
	public List<PaymentMethodView> methods(UUID account) {
		return cards.of(account);
	}

	@Override
	public PaymentMethodView update(UUID account, UUID method, int month, int year, BillingAddress address) {
		return cards.update(account, method, month, year, address);
	}

	@Override
	public void delete(UUID account, UUID method) {
		cards.delete(account, method);
	}

	@Override
	public Optional<ChargeableCard> chargeable(UUID account, UUID method) {
		return cards.chargeable(account, method);
	}

	@Override
	public void open(UUID chargeId, ChargeableCard card, Money amount, String description) {
		charges.open(chargeId, card, amount, description);
	}

	@Override
	public ChargeResult send(UUID chargeId) {
		return charges.send(chargeId);
	}

	@Override
	public ChargeResult send(UUID chargeId, ChargeableCard card, Money amount) {
		return charges.send(chargeId, card.gatewayToken(), amount);
	}

	@Override
	public void record(ChargeResult result) {
		charges.record(result);
	}

	@Override
	public boolean refund(UUID chargeId, Money amount, String refundKey) {
		return charges.refund(chargeId, amount, refundKey);
	}

}
