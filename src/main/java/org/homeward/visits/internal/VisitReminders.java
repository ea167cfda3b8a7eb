package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each family of their scheduled visit once,
 * {@code homeward.visits.remind-before} (an hour) before it starts: when and with whom,
 * how to get ready, and the page to join from. A visit booked inside that hour is not
 * reminded (its confirmation was just sent).
 */
@Component
class VisitReminders {

	private static final Logger log = LoggerFactory.getLogger(VisitReminders.class);

	private final JdbcClient jdbc;

	private final VisitMail mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration before;

	VisitReminders(JdbcClient jdbc, VisitMail mail, TransactionTemplate transactions, Clock clock,
			@Value("${homeward.visits.remind-before:1h}") Duration before) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
		this.before = before;
	}

	/** Reminds the families of the visits starting within the reminder's lead time. */
	void remindDue() {
		Instant now = clock.instant();
		for (VisitRecords.Visit visit : toRemind(now, now.plus(before), 200)) {
			boolean bookedLate = visit.createdAt().isAfter(visit.start().minus(before));
			transactions.executeWithoutResult(status -> {
				if (reminded(visit.id()) && !bookedLate) {
					mail.reminder(visit);
				}
			});
			log.debug("visit {} reminded{}", visit.id(), bookedLate ? " (booked inside the hour: no mail)" : "");
		}
	}

	/**
	 * Scheduled visits starting after now and at the latest at until, not reminded yet.
	 */
	private List<VisitRecords.Visit> toRemind(Instant now, Instant until, int limit) {
		return jdbc.sql(VisitRecords.SELECT + """
				where status = 'SCHEDULED' and reminded_at is null and starts_at > :now and starts_at <= :until
				order by starts_at limit :limit""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("until", until.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> VisitRecords.visit(rs))
			.list();
	}

	/**
	 * @return whether this call marked the visit as reminded (no other node did)
	 */
	private boolean reminded(UUID id) {
		return jdbc.sql("update visits.visit set reminded_at = :now where id = :id and reminded_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

}
