package org.homeward.payments.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.homeward.payments.ChargeResult;
import org.homeward.payments.ChargeableCard;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Charges, each recorded before the gateway is called (so a crash in between leaves a record to reconcile) and
 * sent with its id as the gateway's idempotency key (so no retry, replay or reconciliation charges twice).
 */
@Component
class Charges {

	private static final Logger log = LoggerFactory.getLogger(Charges.class);

	private final JdbcClient jdbc;

	private final PaymentGateway gateway;

	private final GatewayCalls calls;

	private final Clock clock;

	Charges(JdbcClient jdbc, PaymentGateway gateway, GatewayCalls calls, Clock clock) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.calls = calls;
		this.clock = clock;
	}

	ChargeResult charge(UUID chargeId, ChargeableCard card, Money amount, String description) {
		int recorded = jdbc.sql("""
				insert into payments.charge (id, account_id, payment_method_id, amount_minor, currency, description, status,
				       refunded_minor, created_at, updated_at)
				values (:id, :account, :method, :amount, :currency, :description, 'PENDING', 0, :now, :now)
				on conflict do nothing""")
			.param("id", chargeId).param("account", card.account()).param("method", card.id()).param("amount", amount.minorUnits())
			.param("currency", amount.currency().getCurrencyCode()).param("description", description)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
		if (recorded == 0) {
			return resolve(chargeId);
		}
		return settle(chargeId, () -> calls.call(() -> gateway.charge(card.gatewayToken(), amount, chargeId.toString())));
	}

	/**
	 * The recorded outcome. A pending or unknown charge is sent to the gateway again under its own key: the gateway
	 * answers with what it did the first time, or, if the first request never reached it, makes the charge now, once.
	 */
	ChargeResult resolve(UUID chargeId) {
		Stored stored = stored(chargeId).orElseThrow(() -> new NotFoundException("charge"));
		return switch (stored.status()) {
			case "CAPTURED", "REFUNDED" -> new ChargeResult.Captured(chargeId, stored.reference());
			case "DECLINED" -> new ChargeResult.Declined(chargeId, stored.declineReason());
			default -> settle(chargeId, () -> calls.call(() -> gateway.charge(stored.token(), stored.amount(), chargeId.toString())));
		};
	}

	boolean refund(UUID chargeId, Money amount, String key) {
		Stored stored = stored(chargeId).orElseThrow(() -> new NotFoundException("charge"));
		if (stored.reference() == null) {
			return false;
		}
		boolean refunded = calls.call(() -> gateway.refund(stored.reference(), amount, key));
		if (refunded) {
			jdbc.sql("update payments.charge set refunded_minor = refunded_minor + :amount, status = 'REFUNDED', updated_at = :now where id = :id")
				.param("amount", amount.minorUnits()).param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.param("id", chargeId).update();
		}
		return refunded;
	}

	private ChargeResult settle(UUID chargeId, java.util.function.Supplier<PaymentGateway.Outcome> ask) {
		PaymentGateway.Outcome outcome;
		try {
			outcome = ask.get();
		}
		catch (PaymentGateway.Unavailable ex) {
			log.warn("Charge {}: gateway did not answer ({}); it will be reconciled", chargeId, ex.getMessage());
			mark(chargeId, "UNKNOWN", null, null);
			return new ChargeResult.Unknown(chargeId);
		}
		if (outcome.approved()) {
			mark(chargeId, "CAPTURED", outcome.reference(), null);
			return new ChargeResult.Captured(chargeId, outcome.reference());
		}
		mark(chargeId, "DECLINED", null, outcome.declineReason());
		return new ChargeResult.Declined(chargeId, outcome.declineReason());
	}

	private void mark(UUID chargeId, String status, String reference, String reason) {
		jdbc.sql("""
				update payments.charge set status = :status, gateway_reference = coalesce(:reference, gateway_reference),
				       decline_reason = :reason, updated_at = :now where id = :id and status in ('PENDING', 'UNKNOWN')""")
			.param("status", status).param("reference", reference).param("reason", reason)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", chargeId).update();
	}

	private Optional<Stored> stored(UUID chargeId) {
		return jdbc.sql("""
				select c.status, c.gateway_reference, c.decline_reason, c.amount_minor, c.currency, m.gateway_token
				  from payments.charge c join payments.payment_method m on m.id = c.payment_method_id where c.id = :id""")
			.param("id", chargeId)
			.query((rs, n) -> new Stored(rs.getString("status"), rs.getString("gateway_reference"), rs.getString("decline_reason"),
					Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")), rs.getString("gateway_token")))
			.optional();
	}

	private record Stored(String status, String reference, String declineReason, Money amount, String token) {
	}

}
