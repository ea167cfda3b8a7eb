package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.ledger.Ledger;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a visit that was due ends. At its end, to the second, the room is destroyed
 * (however late it started): it COMPLETED when both sides joined, and its money is
 * earned, unless their pages reported the call connected both for less than half the slot
 * (MISSED, CALL_FAILED: refunded in full); otherwise it was MISSED, refunded in full when
 * the inmate never joined (not brought, or the call failed on that side), not when only
 * the family stayed away. Staff may end a visit going on (TERMINATED, with a reason,
 * audited; not refunded).
 */
@Component
public class VisitEndings {

	private final VisitRecords visits;

	private final VisitPaymentRecords paymentRecords;

	private final CallRecords calls;

	private final CallRooms media;

	private final CallPresence presence;

	private final VisitMail mail;

	private final VisitChanges changes;

	private final Ledger ledger;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	VisitEndings(VisitRecords visits, VisitPaymentRecords paymentRecords, CallRecords calls, CallRooms media,
			CallPresence presence, VisitMail mail, VisitChanges changes, Ledger ledger, AuditLog audit,
			TransactionTemplate transactions, Clock clock) {
		this.visits = visits;
		this.paymentRecords = paymentRecords;
		this.calls = calls;
		this.media = media;
		this.presence = presence;
		this.mail = mail;
		this.changes = changes;
		this.ledger = ledger;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Ends every visit whose time is up. */
	void endDue() {
		for (UUID visit : calls.dueToEnd(clock.instant())) {
			finish(visit);
		}
	}

	/** Ends one visit whose time is up (nothing when it ended already). */
	void finish(UUID visitId) {
		media.end(visitId);
		VisitRecords.Visit visit = visits.byId(visitId).orElseThrow();
		if (visit.status() != VisitStatus.LIVE && visit.status() != VisitStatus.SCHEDULED) {
			return;
		}
		Instant[] joined = calls.joinedAt(visitId);
		boolean family = joined[0] != null;
		boolean inmate = joined[1] != null;
		Duration slot = Duration.between(visit.start(), visit.end());
		boolean failed = presence.bothConnected(visitId)
			.filter(both -> both.multipliedBy(2).compareTo(slot) < 0)
			.isPresent();
		if (!inmate) {
			// not brought, or the call failed on the inmate's side: refunded
			missed(visit, VisitReason.INMATE_ABSENT);
		}
		else if (family && failed) {
			// both came, but the call did not hold them together for most of the slot
			missed(visit, VisitReason.CALL_FAILED);
		}
		else {
			// earned: both came (and their call held), or only the family stayed away
			VisitStatus to = family ? VisitStatus.COMPLETED : VisitStatus.MISSED;
			transactions.executeWithoutResult(status -> {
				if (visits.move(visitId, to, null, family ? null : "the family did not join", null)
						&& !visit.price().isZero()) {
					ledger.post(VisitLedger.earned(visitId, visit.agency(), visit.price()));
				}
			});
		}
	}

	/**
	 * The call of a visit going on was lost with its media server: the room is closed and
	 * the visit, which cannot go on, is refunded and the family told.
	 */
	void lost(UUID visitId) {
		calls.ended(visitId);
		calls.everyoneLeft(visitId);
		VisitRecords.Visit visit = visits.byId(visitId).orElseThrow();
		if (visit.status() == VisitStatus.LIVE || visit.status() == VisitStatus.SCHEDULED) {
			missed(visit, VisitReason.CALL_FAILED);
		}
	}

	/**
	 * The visit did not take place for a reason not the family's: refunded in full, and
	 * told.
	 */
	private void missed(VisitRecords.Visit visit, VisitReason reason) {
		boolean moved = Boolean.TRUE.equals(transactions.execute(status -> {
			if (!visits.move(visit.id(), VisitStatus.MISSED, reason, null, null)) {
				return false;
			}
			paymentRecords.refundDue(visit.id(), visit.price());
			return true;
		}));
		if (moved) {
			VisitRecords.Visit refunded = visits.byId(visit.id()).orElseThrow();
			changes.refund(refunded);
			mail.missed(refunded, reason);
		}
	}

	/** Staff end a visit going on, with a reason. */
	public VisitRecords.Visit terminate(Caller staff, UUID visitId, VisitReason reason, @Nullable String note) {
		VisitRecords.Visit visit = changes.staffVisit(staff, visitId, reason);
		if (visit.status() != VisitStatus.LIVE) {
			throw new ConflictException("visit-not-live", "This visit is not going on.");
		}
		transactions.executeWithoutResult(status -> {
			if (!visits.move(visitId, VisitStatus.TERMINATED, reason, note, staff.accountId())) {
				throw new ConflictException("visit-not-live", "This visit is not going on.");
			}
			if (!visit.price().isZero()) {
				ledger.post(VisitLedger.earned(visitId, visit.agency(), visit.price()));
			}
			audit.record(new AuditEntry(staff.accountId(), staff.displayName(), visit.agency(), "visit.terminated",
					visitId.toString(), reason.name() + (note == null || note.isBlank() ? "" : ": " + note), null));
		});
		media.end(visitId);
		return visits.byId(visitId).orElseThrow();
	}

}
