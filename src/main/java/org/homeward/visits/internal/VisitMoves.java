package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.visits.VisitStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A family moves their visit to another time, up to the schedule's cut-off before it
 * starts: same length, same price, nothing charged or refunded; the station and the
 * weekly allowance are those of the new time (the visit's own old time does not count
 * against it). Where the facility approves each visit, a moved one waits for approval
 * again. The family gets the updated calendar invitation.
 */
@Component
public class VisitMoves {

	private final VisitRecords records;

	private final VisitBookings bookings;

	private final VisitEligibility eligibility;

	private final Schedules schedules;

	private final VisitMail mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	VisitMoves(VisitRecords records, VisitBookings bookings, VisitEligibility eligibility, Schedules schedules,
			VisitMail mail, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.bookings = bookings;
		this.eligibility = eligibility;
		this.schedules = schedules;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The times the family's visit could move to between two days of the facility's zone:
	 * of the visit's length, free as if the visit did not hold its own time.
	 */
	public List<Slots.Slot> slots(UUID account, UUID visitId, LocalDate from, LocalDate to) {
		VisitRecords.Visit visit = movable(account, visitId);
		beforeCutoff(visit);
		return bookings.slots(account, visit.inmate(), from, to, visit.id())
			.stream()
			.filter(slot -> slot.lengthMinutes() == visit.lengthMinutes() && !slot.start().equals(visit.start()))
			.toList();
	}

	/**
	 * Moves the visit to {@code start}; moving it to the time it has already is no
	 * change.
	 * @throws NotFoundException when the visit is not the family's
	 * @throws ConflictException when it can no longer move ({@code visit-not-movable}),
	 * or the time is taken
	 * @throws BusinessRuleException after the cut-off, or when a rule refuses the new
	 * time
	 */
	public VisitRecords.Visit reschedule(UUID account, UUID visitId, Instant start) {
		VisitRecords.Visit visit = movable(account, visitId);
		if (visit.start().equals(start)) {
			return visit;
		}
		Schedule schedule = beforeCutoff(visit);
		VisitRecords.Visit moved = transactions.execute(status -> {
			eligibility.bookable(account, visit.inmate(), start.atZone(schedule.zone()).toLocalDate());
			schedules.lock(schedule.facilityId());
			bookings.refuseTaken(schedule, visit.inmate(), start, visit.lengthMinutes(), visit.id());
			if (!records.reschedule(visit, start, start.plus(Duration.ofMinutes(visit.lengthMinutes())), account)) {
				throw new ConflictException("visit-not-movable", "This visit can no longer be moved.");
			}
			if (schedule.needsApproval() && visit.status() == VisitStatus.SCHEDULED) {
				records.move(visit.id(), VisitStatus.REQUESTED, null, null, account);
			}
			return records.byId(visit.id()).orElseThrow();
		});
		mail.moved(moved, visit.start());
		return moved;
	}

	/**
	 * @throws BusinessRuleException once the schedule's cut-off before the visit passed
	 */
	private Schedule beforeCutoff(VisitRecords.Visit visit) {
		Schedule schedule = schedules.of(visit.facility()).orElseThrow();
		schedule.refuseAfterCutoff(visit.start(), clock.instant(), "visit-change-too-late", "moved");
		return schedule;
	}

	private VisitRecords.Visit movable(UUID account, UUID visitId) {
		VisitRecords.Visit visit = records.ofFamily(account, visitId);
		if (visit.status() != VisitStatus.SCHEDULED && visit.status() != VisitStatus.REQUESTED) {
			throw new ConflictException("visit-not-movable", "This visit can no longer be moved.");
		}
		return visit;
	}

}
