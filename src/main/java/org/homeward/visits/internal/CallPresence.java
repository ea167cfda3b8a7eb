package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long both sides of a call were really connected. While a call page is open it
 * reports every few seconds whether its media is connected; a side is connected while its
 * last report (saying so) is at most {@link #FRESH} old. The time both are connected is
 * added up once (whichever side reports), so a visit whose call failed for most of its
 * slot can be refunded instead of earned.
 */
@Component
class CallPresence {

	/** How old a side's last report may be for it to count as still connected. */
	static final Duration FRESH = Duration.ofSeconds(7);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CallPresence(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Seen(@Nullable Instant family, @Nullable Instant inmate, @Nullable Instant countedUntil) {
	}

	/**
	 * A side's page reports whether its call is connected (nothing before the room
	 * exists).
	 */
	void report(UUID visit, VisitCalls.Side side, boolean connected) {
		transactions.executeWithoutResult(status -> {
			Optional<Seen> seen = jdbc.sql("""
					select family_seen_at, inmate_seen_at, counted_until from visits.call_room
					 where visit_id = :visit and ended_at is null for update""")
				.param("visit", visit)
				.query((rs, n) -> new Seen(instant(rs.getObject("family_seen_at", OffsetDateTime.class)),
						instant(rs.getObject("inmate_seen_at", OffsetDateTime.class)),
						instant(rs.getObject("counted_until", OffsetDateTime.class))))
				.optional();
			if (seen.isEmpty()) {
				return;
			}
			Instant now = clock.instant();
			Instant other = side == VisitCalls.Side.FAMILY ? seen.get().inmate() : seen.get().family();
			boolean both = connected && other != null && !other.isBefore(now.minus(FRESH));
			long added = 0;
			if (both && seen.get().countedUntil() != null) {
				Instant from = latest(seen.get().countedUntil(), now.minus(FRESH));
				added = Math.max(0, Duration.between(from, now).toMillis());
			}
			String prefix = side == VisitCalls.Side.FAMILY ? "family" : "inmate";
			jdbc.sql("update visits.call_room set " + prefix + "_seen_at = :seen, " + prefix + """
					_reports = true, counted_until = :counted, both_connected_ms = both_connected_ms + :added
					 where visit_id = :visit""")
				.param("seen", connected ? now.atOffset(ZoneOffset.UTC) : null)
				.param("counted", both ? now.atOffset(ZoneOffset.UTC) : null)
				.param("added", added)
				.param("visit", visit)
				.update();
		});
	}

	/**
	 * How long both sides were connected; empty unless both sides' pages reported (a
	 * client that never does is not judged by it).
	 */
	Optional<Duration> bothConnected(UUID visit) {
		return jdbc.sql("""
				select both_connected_ms from visits.call_room
				 where visit_id = :visit and family_reports and inmate_reports""")
			.param("visit", visit)
			.query(Long.class)
			.optional()
			.map(Duration::ofMillis);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
