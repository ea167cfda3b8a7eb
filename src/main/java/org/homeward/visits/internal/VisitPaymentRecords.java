package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the stored visits note about their money: a declined card's reason, a refund owed
 * and when it was made, and when a visit whose card had not answered was last looked at
 * (VisitReconciler finishes what a crash left half done).
 */
@Repository
class VisitPaymentRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	VisitPaymentRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void declined(UUID id, String reason) {
		jdbc.sql("update visits.visit set decline_reason = :reason where id = :id")
			.param("reason", reason.length() > 200 ? reason.substring(0, 200) : reason)
			.param("id", id)
			.update();
	}

	/** Notes what the card is owed back, in the transaction that cancels the visit. */
	void refundDue(UUID id, Money amount) {
		jdbc.sql("update visits.visit set refund_due_minor = :amount where id = :id and refund_due_minor is null")
			.param("amount", amount.minorUnits())
			.param("id", id)
			.update();
	}

	/**
	 * @return whether this call marked the refund as made
	 */
	boolean refunded(UUID id) {
		return jdbc.sql("update visits.visit set refunded_at = :now where id = :id and refunded_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	/** Visits whose card had not answered, made (or last looked at) before the cutoff. */
	List<VisitRecords.Visit> unsettledBefore(Instant cutoff, int limit) {
		return jdbc.sql(VisitRecords.SELECT + """
				where status = 'PAYING' and coalesce(checked_at, created_at) < :cutoff
				order by coalesce(checked_at, created_at) limit :limit""")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> VisitRecords.visit(rs))
			.list();
	}

	/** Visits owed a refund that was not made yet (a crash between the two steps). */
	List<VisitRecords.Visit> refundsOwedBefore(Instant cutoff, int limit) {
		return jdbc
			.sql(VisitRecords.SELECT
					+ """
							where refund_due_minor is not null and refunded_at is null and coalesce(checked_at, created_at) < :cutoff
							order by coalesce(checked_at, created_at) limit :limit""")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> VisitRecords.visit(rs))
			.list();
	}

	void checked(UUID id) {
		jdbc.sql("update visits.visit set checked_at = :now where id = :id")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

}
