package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Finishes deposits whose card charge had no answer: asks the gateway what happened under
 * the deposit's id, then posts the money or records the decline. Safe on several
 * instances: completing is a compare-and-set and the ledger entry is keyed by the
 * deposit.
 */
@Component
class DepositReconciler {

	private static final Logger log = LoggerFactory.getLogger(DepositReconciler.class);

	private final DepositRecords records;

	private final Deposits deposits;

	private final Clock clock;

	DepositReconciler(DepositRecords records, Deposits deposits, Clock clock) {
		this.records = records;
		this.deposits = deposits;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${homeward.deposits.reconcile-every:30s}",
			initialDelayString = "${homeward.deposits.reconcile-every:30s}")
	@SchedulerLock(name = "deposits.reconcile")
	void reconcile() {
		settleMadeBefore(clock.instant().minus(Duration.ofSeconds(20)));
	}

	/**
	 * Settles what it can of the oldest 50 deposits made (or last looked at) before
	 * {@code before}; those it cannot settle yet go to the back of the queue, so they
	 * never hold back the rest.
	 */
	void settleMadeBefore(Instant before) {
		for (DepositRecords.Deposit deposit : records.unsettledBefore(before, 50)) {
			try {
				Deposits.Outcome outcome = deposits.reconcile(deposit);
				log.info("Reconciling deposit {}: {}", deposit.id(), outcome.getClass().getSimpleName());
				if (outcome instanceof Deposits.Outcome.Processing) {
					records.checked(deposit.id(), clock.instant());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Deposit {} still unsettled: {}", deposit.id(), ex.getMessage());
				records.checked(deposit.id(), clock.instant());
			}
		}
	}

}
