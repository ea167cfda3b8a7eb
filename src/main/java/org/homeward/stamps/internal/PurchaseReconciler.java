package org.homeward.stamps.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.homeward.accounts.Members;
import org.homeward.stamps.PurchaseOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Finishes purchases whose card charge had no answer: asks the gateway what happened
 * under the purchase's key, then posts the stamps or records the decline. Safe on several
 * instances: completing is a compare-and-set, and the ledger entry is keyed by the
 * purchase.
 */
@Component
class PurchaseReconciler {

	private static final Logger log = LoggerFactory.getLogger(PurchaseReconciler.class);

	private final PurchaseRecords records;

	private final StampPurchases purchases;

	private final Members members;

	private final Clock clock;

	PurchaseReconciler(PurchaseRecords records, StampPurchases purchases, Members members, Clock clock) {
		this.records = records;
		this.purchases = purchases;
		this.members = members;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${homeward.stamps.reconcile-every:30s}",
			initialDelayString = "${homeward.stamps.reconcile-every:30s}")
	@SchedulerLock(name = "stamps.reconcile")
	void reconcile() {
		settleMadeBefore(clock.instant().minus(Duration.ofSeconds(20)));
	}

	/**
	 * Settles what it can of the oldest 50 purchases made (or last looked at) before
	 * {@code before}; those it cannot settle yet go to the back of the queue, so they
	 * never hold back the rest.
	 */
	void settleMadeBefore(Instant before) {
		for (PurchaseRecords.Purchase purchase : records.unsettledBefore(before, 50)) {
			try {
				String email = members.emailOf(purchase.account()).orElse("");
				PurchaseOutcome outcome = purchases.reconcile(purchase, email);
				log.info("Reconciling stamp purchase {}: {}", purchase.id(), outcome);
				if (outcome instanceof PurchaseOutcome.Processing) {
					records.checked(purchase.id());
				}
			}
			catch (RuntimeException ex) {
				log.warn("Stamp purchase {} still unsettled: {}", purchase.id(), ex.getMessage());
				records.checked(purchase.id());
			}
		}
	}

}
