package org.homeward.visits.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.ledger.Ledger;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitCancelled;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to a booked visit before it takes place: the family cancels it before the
 * cut-off, staff approve or deny a requested one, or cancel a booked one (a lockdown,
 * maintenance, weather). A visit that will not take place is refunded in full, by itself:
 * the move and the refund owed commit together, then the card is refunded and the ledger
 * posted; a crash between the two leaves the refund owed, which the reconciler makes.
 */
@Component
public class VisitChanges {

	/** The staff who run visits: approve, deny, cancel. */
	public static final Set<Role> VISITATION = Set.of(Role.AGENCY_ADMIN, Role.VISITATION_OFFICER);

	private final VisitRecords records;

	private final VisitPaymentRecords paymentRecords;

	private final Schedules schedules;

	private final Payments payments;

	private final Ledger ledger;

	private final AuditLog audit;

	private final VisitMail mail;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitChanges(VisitRecords records, VisitPaymentRecords paymentRecords, Schedules schedules, Payments payments,
			Ledger ledger, AuditLog audit, VisitMail mail, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.paymentRecords = paymentRecords;
		this.schedules = schedules;
		this.payments = payments;
		this.ledger = ledger;
		this.audit = audit;
		this.mail = mail;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The family cancels their visit, at the latest the schedule's cut-off before it
	 * starts; refunded in full.
	 * @throws NotFoundException when the visit is not the family's
	 * @throws BusinessRuleException after the cut-off
	 * @throws ConflictException when it can no longer be cancelled
	 */
	public VisitRecords.Visit cancelByFamily(UUID account, UUID visitId) {
		VisitRecords.Visit visit = records.ofFamily(account, visitId);
		if (visit.status() == VisitStatus.CANCELLED) {
			return visit;
		}
		if (!VisitStatus.LIFECYCLE.allows(visit.status(), VisitStatus.CANCELLED)) {
			throw new ConflictException("visit-not-cancellable", "This visit can no longer be cancelled.");
		}
		schedules.of(visit.facility())
			.orElseThrow()
			.refuseAfterCutoff(visit.start(), clock.instant(), "visit-cancel-too-late", "cancelled");
		return end(visit, VisitStatus.CANCELLED, null, null, account, null);
	}

	/**
	 * Staff approve (it is scheduled) or deny (refunded) a requested visit of their
	 * agency.
	 */
	public VisitRecords.Visit decide(Caller staff, UUID visitId, boolean approve, @Nullable VisitReason reason,
			@Nullable String note) {
		VisitRecords.Visit visit = staffVisit(staff, visitId, reason);
		if (!approve && reason == null) {
			throw new InvalidInputException("reason", "is needed to deny a visit");
		}
		VisitStatus to = approve ? VisitStatus.SCHEDULED : VisitStatus.DENIED;
		if (visit.status() != VisitStatus.REQUESTED) {
			throw new ConflictException("visit-not-requested", "This visit is not waiting for a decision.");
		}
		if (approve) {
			VisitRecords.Visit moved = transactions.execute(status -> {
				if (!records.move(visitId, to, reason, note, staff.accountId())) {
					throw new ConflictException("visit-not-requested", "This visit is not waiting for a decision.");
				}
				audit(staff, visit.agency(), "visit.approved", visitId, null, note);
				return records.byId(visitId).orElseThrow();
			});
			mail.approved(moved);
			return moved;
		}
		return end(visit, to, reason, note, staff.accountId(), staff);
	}

	/** Staff cancel a requested or scheduled visit of their agency; refunded in full. */
	public VisitRecords.Visit cancelByStaff(Caller staff, UUID visitId, VisitReason reason, @Nullable String note) {
		VisitRecords.Visit visit = staffVisit(staff, visitId, reason);
		if (!VisitStatus.LIFECYCLE.allows(visit.status(), VisitStatus.CANCELLED)) {
			throw new ConflictException("visit-not-cancellable", "This visit can no longer be cancelled.");
		}
		return end(visit, VisitStatus.CANCELLED, reason, note, staff.accountId(), staff);
	}

	/**
	 * Homeward cancels a booked visit by itself (the inmate's visits were suspended);
	 * refunded in full, the family told.
	 */
	void cancelBySystem(VisitRecords.Visit visit, VisitReason reason, String note) {
		if (VisitStatus.LIFECYCLE.allows(visit.status(), VisitStatus.CANCELLED)) {
			end(visit, VisitStatus.CANCELLED, reason, note, null, null);
		}
	}

	/**
	 * A visit of the caller's agency (and facility, where they are limited to one).
	 * @throws NotFoundException for any other
	 */
	public VisitRecords.Visit staffVisit(Caller staff, UUID visitId) {
		return staffVisit(staff, visitId, null);
	}

	/**
	 * The same, with the reason staff give checked to be one of theirs.
	 * @throws InvalidInputException for a reason only Homeward gives
	 */
	VisitRecords.Visit staffVisit(Caller staff, UUID visitId, @Nullable VisitReason reason) {
		if (reason != null && !VisitReason.forStaff().contains(reason)) {
			throw new InvalidInputException("reason", "is not a reason staff can give");
		}
		TenantId agency = staff.staffAgency(VISITATION);
		return records.byId(visitId)
			.filter(v -> v.agency().equals(agency) && staff.reaches(v.facility()) && v.status() != VisitStatus.PAYING
					&& v.status() != VisitStatus.PAYMENT_DECLINED)
			.orElseThrow(() -> new NotFoundException("visit"));
	}

	private VisitRecords.Visit end(VisitRecords.Visit visit, VisitStatus to, @Nullable VisitReason reason,
			@Nullable String note, UUID by, @Nullable Caller staff) {
		transactions.executeWithoutResult(status -> {
			if (!records.move(visit.id(), to, reason, note, by)) {
				throw new ConflictException("visit-not-cancellable", "This visit can no longer be cancelled.");
			}
			paymentRecords.refundDue(visit.id(), visit.price());
			if (staff != null) {
				audit(staff, visit.agency(), to == VisitStatus.DENIED ? "visit.denied" : "visit.cancelled", visit.id(),
						reason, note);
			}
			events.publishEvent(new VisitCancelled(visit.id(), visit.agency(), visit.inmate(), visit.account(), to,
					visit.price(), clock.instant()));
		});
		VisitRecords.Visit ended = records.byId(visit.id()).orElseThrow();
		refund(ended);
		mail.ended(ended, reason);
		return records.byId(visit.id()).orElseThrow();
	}

	/**
	 * Makes a refund the visit is owed: to the card (at most once, keyed by the visit),
	 * or owed to the family where the card cannot take it; then the ledger.
	 */
	void refund(VisitRecords.Visit visit) {
		Money amount = visit.refundDue();
		if (amount == null || visit.refundedAt() != null) {
			return;
		}
		boolean toCard = amount.isZero() || payments.refund(visit.id(), amount, "visit-refund:" + visit.id());
		transactions.executeWithoutResult(status -> {
			if (paymentRecords.refunded(visit.id()) && !amount.isZero()) {
				ledger.post(VisitLedger.refunded(visit.id(), visit.agency(), visit.account(), amount, toCard,
						visit.status().name().toLowerCase(Locale.ROOT)));
			}
		});
	}

	private void audit(Caller staff, TenantId agency, String action, UUID visit, @Nullable VisitReason reason,
			@Nullable String note) {
		String detail = (reason == null ? "" : reason.name()) + (note == null || note.isBlank() ? "" : ": " + note);
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), agency, action, visit.toString(),
				detail.isEmpty() ? null : detail, null));
	}

}
