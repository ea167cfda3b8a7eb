package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.homeward.accounts.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Finishes what a crash or a silent card network left half done: bookings whose charge
 * had no answer (asked again under the visit's key: never charged twice), and refunds
 * owed for visits that were cancelled or denied but not yet refunded.
 */
@Component
class VisitReconciler {

	private static final Logger log = LoggerFactory.getLogger(VisitReconciler.class);

	private final VisitPaymentRecords paymentRecords;

	private final VisitBookings bookings;

	private final VisitChanges changes;

	private final Members members;

	private final Clock clock;

	VisitReconciler(VisitPaymentRecords paymentRecords, VisitBookings bookings, VisitChanges changes, Members members,
			Clock clock) {
		this.paymentRecords = paymentRecords;
		this.bookings = bookings;
		this.changes = changes;
		this.members = members;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${homeward.visits.reconcile-every:30s}",
			initialDelayString = "${homeward.visits.reconcile-every:30s}")
	@SchedulerLock(name = "visits.reconcile")
	void reconcile() {
		settleMadeBefore(clock.instant().minus(Duration.ofSeconds(20)));
	}

	/**
	 * Settles what it can of the oldest 50 of each kind made (or last looked at) before
	 * {@code before}; what it cannot settle yet goes to the back of the queue.
	 */
	void settleMadeBefore(Instant before) {
		for (VisitRecords.Visit visit : paymentRecords.unsettledBefore(before, 50)) {
			try {
				BookingOutcome outcome = bookings.reconcile(visit, members.emailOf(visit.account()).orElse(""));
				log.info("Reconciling visit booking {}: {}", visit.id(), outcome);
				if (outcome instanceof BookingOutcome.Processing) {
					paymentRecords.checked(visit.id());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Visit booking {} still unsettled: {}", visit.id(), ex.getMessage());
				paymentRecords.checked(visit.id());
			}
		}
		for (VisitRecords.Visit visit : paymentRecords.refundsOwedBefore(before, 50)) {
			try {
				changes.refund(visit);
			}
			catch (RuntimeException ex) {
				log.warn("Visit {} refund still owed: {}", visit.id(), ex.getMessage());
				paymentRecords.checked(visit.id());
			}
		}
	}

}
