package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes deposits whose card charge had no answer: asks the gateway what happened under the deposit's id, then
 * posts the money or records the decline. Safe on several instances: completing is a compare-and-set and the ledger
 * entry is keyed by the deposit.
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

	@Scheduled(fixedDelayString = "${homeward.deposits.reconcile-every:30s}", initialDelayString = "${homeward.deposits.reconcile-every:30s}")
	@SchedulerLock(name = "deposits.reconcile")
	void reconcile() {
		for (DepositRecords.Deposit deposit : records.unsettledBefore(clock.instant().minus(Duration.ofSeconds(20)), 50)) {
			try {
				log.info("Reconciling deposit {}: {}", deposit.id(), deposits.reconcile(deposit).getClass().getSimpleName());
			}
			catch (RuntimeException ex) {
				log.warn("Deposit {} still unsettled: {}", deposit.id(), ex.getMessage());
			}
		}
	}

}
