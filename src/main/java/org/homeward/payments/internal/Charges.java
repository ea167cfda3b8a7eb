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
 * Charges, each recorded in the transaction of the payment that needs it before the
 * gateway is called (so a crash at any point leaves a record to reconcile, or nothing at
 * all) and sent with its id as the gateway's idempotency key (so no retry, replay or
 * reconciliation charges twice). The gateway's answer is recorded in the transaction that
 * settles the payment: a card payment is two durable steps, one before the gateway call
 * and one after.
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

	/**
	 * Records the charge as PENDING in the caller's transaction (the payment's intent and
	 * its charge commit together).
	 */
	void open(UUID chargeId, ChargeableCard card, Money amount, String description) {
		jdbc.sql(
				"""
						insert into payments.charge (id, account_id, payment_method_id, amount_minor, currency, description, status,
						       refunded_minor, created_at, updated_at)
						values (:id, :account, :method, :amount, :currency, :description, 'PENDING', 0, :now, :now)
						on conflict do nothing""")
			.param("id", chargeId)
			.param("account", card.account())
			.param("method", card.id())
			.param("amount", amount.minorUnits())
			.param("currency", amount.currency().getCurrencyCode())
			.param("description", description)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * The charge's outcome, asking the gateway under the charge's own key while it is
	 * pending or unknown: the gateway answers with what it did the first time, or, if the
	 * first request never reached it, makes the charge now, once. A charge with no record
	 * was never opened, so never sent: nothing was taken.
	 */
	ChargeResult send(UUID chargeId) {
		Optional<Stored> found = stored(chargeId);
		if (found.isEmpty()) {
			return new ChargeResult.Declined(chargeId, ChargeResult.NEVER_SENT);
		}
		Stored stored = found.get();
		return switch (stored.status()) {
			case "CAPTURED", "REFUNDED" -> new ChargeResult.Captured(chargeId, stored.reference());
			case "DECLINED" -> new ChargeResult.Declined(chargeId, stored.declineReason());
			default -> send(chargeId, stored.token(), stored.amount());
		};
	}

	/** Sends a pending charge whose card token and amount the caller knows. */
	ChargeResult send(UUID chargeId, String token, Money amount) {
		PaymentGateway.Outcome outcome;
		try {
			outcome = calls.call(() -> gateway.charge(token, amount, chargeId.toString()));
		}
		catch (PaymentGateway.Unavailable ex) {
			log.warn("Charge {}: gateway did not answer ({}); it will be reconciled", chargeId, ex.getMessage());
			return new ChargeResult.Unknown(chargeId);
		}
		return outcome.approved() ? new ChargeResult.Captured(chargeId, outcome.reference())
				: new ChargeResult.Declined(chargeId, outcome.declineReason());
	}

	/**
	 * Records what the gateway answered, in the caller's transaction; only a pending or
	 * unknown charge moves.
	 */
	void record(ChargeResult result) {
		if (result instanceof ChargeResult.Captured captured) {
			mark(captured.chargeId(), ChargeStatus.CAPTURED, captured.reference(), null);
		}
		else if (result instanceof ChargeResult.Declined declined) {
			mark(declined.chargeId(), ChargeStatus.DECLINED, null, declined.reason());
		}
		else {
			mark(result.chargeId(), ChargeStatus.UNKNOWN, null, null);
		}
	}

	boolean refund(UUID chargeId, Money amount, String key) {
		Stored stored = stored(chargeId).orElseThrow(() -> new NotFoundException("charge"));
		if (stored.reference() == null) {
			return false;
		}
		boolean refunded = calls.call(() -> gateway.refund(stored.reference(), amount, key));
		if (refunded) {
			jdbc.sql(
					"""
							update payments.charge set refunded_minor = refunded_minor + :amount, status = 'REFUNDED', updated_at = :now
							 where id = :id and status in (:from)""")
				.param("amount", amount.minorUnits())
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.param("id", chargeId)
				.param("from", ChargeStatus.LIFECYCLE.sourceNamesOf(ChargeStatus.REFUNDED))
				.update();
		}
		return refunded;
	}

	/**
	 * Moves the charge to {@code status} from whichever state its lifecycle allows that
	 * from.
	 */
	private void mark(UUID chargeId, ChargeStatus status, String reference, String reason) {
		jdbc.sql(
				"""
						update payments.charge set status = :status, gateway_reference = coalesce(:reference, gateway_reference),
						       decline_reason = :reason, updated_at = :now where id = :id and status in (:from)""")
			.param("status", status.name())
			.param("reference", reference)
			.param("reason", reason)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", chargeId)
			.param("from", ChargeStatus.LIFECYCLE.sourceNamesOf(status))
			.update();
	}

	private Optional<Stored> stored(UUID chargeId) {
		return jdbc
			.sql("""
					select c.status, c.gateway_reference, c.decline_reason, c.amount_minor, c.currency, m.gateway_token
					  from payments.charge c join payments.payment_method m on m.id = c.payment_method_id where c.id = :id""")
			.param("id", chargeId)
			.query((rs, n) -> new Stored(rs.getString("status"), rs.getString("gateway_reference"),
					rs.getString("decline_reason"), Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
					rs.getString("gateway_token")))
			.optional();
	}

	private record Stored(String status, String reference, String declineReason, Money amount, String token) {
	}

}
