package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

	private final VisitRecords records;

	private final VisitMail mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration before;

	VisitReminders(VisitRecords records, VisitMail mail, TransactionTemplate transactions, Clock clock,
			@Value("${homeward.visits.remind-before:1h}") Duration before) {
		this.records = records;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
		this.before = before;
	}

	/** Reminds the families of the visits starting within the reminder's lead time. */
	void remindDue() {
		Instant now = clock.instant();
		for (VisitRecords.Visit visit : records.toRemind(now, now.plus(before), 200)) {
			boolean bookedLate = visit.createdAt().isAfter(visit.start().minus(before));
			transactions.executeWithoutResult(status -> {
				if (records.reminded(visit.id()) && !bookedLate) {
					mail.reminder(visit);
				}
			});
			log.debug("visit {} reminded{}", visit.id(), bookedLate ? " (booked inside the hour: no mail)" : "");
		}
	}

}
