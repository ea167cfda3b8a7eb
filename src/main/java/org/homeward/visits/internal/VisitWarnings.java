package org.homeward.visits.internal;

import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.visits.VisitStatus;
import org.homeward.visits.VisitWarning;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visitation officer watching a visit sends a warning to both sides at once (one of the
 * agency's set texts, in each reader's language), shown on both pages within seconds;
 * audited. A legal visit is never watched, so never warned.
 */
@Component
public class VisitWarnings {

	private final VisitChanges changes;

	private final CallRecords calls;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	VisitWarnings(VisitChanges changes, CallRecords calls, AuditLog audit, TransactionTemplate transactions) {
		this.changes = changes;
		this.calls = calls;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * @throws ConflictException {@code visit-not-live} unless the visit is going on
	 * @throws BusinessRuleException {@code legal-visit-not-monitored} for a legal visit
	 */
	public VisitRecords.Visit warn(Caller staff, UUID visitId, VisitWarning warning) {
		VisitRecords.Visit visit = changes.staffVisit(staff, visitId);
		if (visit.legal()) {
			throw new BusinessRuleException("legal-visit-not-monitored",
					"A legal visit is privileged: it is neither watched nor recorded.");
		}
		transactions.executeWithoutResult(status -> {
			if (visit.status() != VisitStatus.LIVE || !calls.warn(visitId, warning)) {
				throw new ConflictException("visit-not-live", "This visit is not going on.");
			}
			audit.record(new AuditEntry(staff.accountId(), staff.displayName(), visit.agency(), "visit.warned",
					visitId.toString(), warning.name(), null));
		});
		return visit;
	}

}
