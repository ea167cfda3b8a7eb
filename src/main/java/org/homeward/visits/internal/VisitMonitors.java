package org.homeward.visits.internal;

import java.util.List;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.visits.VisitStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff watching a visit going on: a receiver of both sides' feeds who is neither seen
 * nor heard in the room. Legal visits are never watched; every watch is in the audit log.
 */
@Component
public class VisitMonitors {

	private final VisitCalls calls;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	VisitMonitors(VisitCalls calls, TransactionTemplate transactions, AuditLog audit) {
		this.calls = calls;
		this.transactions = transactions;
		this.audit = audit;
	}

	/**
	 * Both sides' feeds offered to a staff member, to be answered with
	 * {@link VisitCalls#answer}.
	 */
	public VisitCalls.Offer monitor(Caller staff, VisitRecords.Visit visit) {
		if (visit.legal()) {
			throw new BusinessRuleException("legal-visit-not-monitored",
					"A legal visit is privileged: it is neither watched nor recorded.");
		}
		if (visit.status() != VisitStatus.LIVE) {
			throw new ConflictException("visit-not-live", "This visit is not going on.");
		}
		List<Long> feeds = calls.feeds(visit, List.of(VisitCalls.Side.FAMILY.name(), VisitCalls.Side.INMATE.name()));
		if (feeds.isEmpty()) {
			throw new ConflictException("other-side-not-here", "Nobody has joined this visit yet.");
		}
		VisitCalls.Offer offer = calls.subscribe(visit, feeds, "MONITOR", staff.accountId());
		transactions.executeWithoutResult(status -> audit.record(new AuditEntry(staff.accountId(), staff.displayName(),
				visit.agency(), "visit.watched", visit.id().toString(), null, null)));
		return offer;
	}

}
