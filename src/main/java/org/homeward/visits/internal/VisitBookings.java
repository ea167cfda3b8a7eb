package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.ledger.IdempotencyConflict;
import org.homeward.ledger.Ledger;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.visits.VisitBooked;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking a video visit, in the two durable steps of every card payment. First, under the
 * facility's booking lock, the rules are checked (an active contact, the service on, no
 * restriction, visiting hours, booking window, a free station, the weekly allowance) and
 * the visit is recorded PAYING with its pending charge: it holds its station from then
 * on, so two families racing for the last one get one visit and one charge between them.
 * The card is then charged outside any transaction with the visit's id as the charge's
 * id; last, the answer, the ledger entry and the confirmation commit together.
 */
@Component
public class VisitBookings {

	private final VisitRecords records;

	private final VisitPaymentRecords paymentRecords;

	private final Schedules schedules;

	private final VisitEligibility eligibility;

	private final Payments payments;

	private final Ledger ledger;

	private final VisitMail mail;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitBookings(VisitRecords records, VisitPaymentRecords paymentRecords, Schedules schedules,
			VisitEligibility eligibility, Payments payments, Ledger ledger, VisitMail mail,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.paymentRecords = paymentRecords;
		this.schedules = schedules;
		this.eligibility = eligibility;
		this.payments = payments;
		this.ledger = ledger;
		this.mail = mail;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** A request to book. */
	public record Request(UUID inmateId, Instant start, int lengthMinutes, UUID paymentMethodId) {
	}

	/**
	 * The slots a family may book for the inmate between two days of the facility's zone
	 * (at most 14 days apart).
	 * @throws NotFoundException when the inmate is not one of the family's contacts
	 * @throws BusinessRuleException when the family cannot book visits with the inmate
	 */
	public List<Slots.Slot> slots(UUID account, UUID inmateId, LocalDate from, LocalDate to) {
		return slots(account, inmateId, from, to, null);
	}

	/** The same, as if the visit {@code except} (being moved) did not hold its time. */
	List<Slots.Slot> slots(UUID account, UUID inmateId, LocalDate from, LocalDate to, @Nullable UUID except) {
		if (to.isBefore(from) || from.plusDays(13).isBefore(to)) {
			throw new InvalidInputException(InvalidInputException.FieldError.of("to", "days-range",
					"must be on or after from, and at most 14 days after it"));
		}
		VisitEligibility.Bookable bookable = eligibility.bookable(account, inmateId, from);
		Schedule schedule = bookable.schedule();
		Instant start = from.atStartOfDay(schedule.zone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
		return Slots.between(schedule, from, to, clock.instant(),
				records.takenAtFacility(schedule.facilityId(), start, end, except),
				records.takenByInmate(inmateId, start.minus(Duration.ofDays(8)), end.plus(Duration.ofDays(8)), except));
	}

	/**
	 * Books and pays for a visit; a repeat of the key answers what the first request did.
	 * @throws ConflictException {@code slot-taken} when no station is free for it any
	 * more, {@code inmate-busy} when the inmate has another visit then
	 * @throws BusinessRuleException when a rule refuses it (named by its code)
	 * @throws IdempotencyConflict when the key was used for another booking
	 */
	public BookingOutcome book(UUID account, String email, String key, Request request, Locale locale) {
		String hash = Hashes.sha256Hex(request.inmateId() + "|" + request.start() + "|" + request.lengthMinutes() + "|"
				+ request.paymentMethodId());
		Opened opened = transactions.execute(status -> {
			Optional<VisitRecords.Visit> earlier = records.byKey(account, key);
			if (earlier.isPresent()) {
				return new Opened(earlier.get(), null);
			}
			VisitEligibility.Bookable bookable = eligibility.bookable(account, request.inmateId(),
					LocalDate.ofInstant(request.start(), clock.getZone()));
			Schedule schedule = bookable.schedule();
			Schedule.Length length = schedule.length(request.lengthMinutes())
				.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("lengthMinutes",
						"visit-length", "is not a length of visit this facility offers")));
			ChargeableCard card = payments.chargeable(account, request.paymentMethodId())
				.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("paymentMethodId",
						"own-card", "is not one of your saved cards")));
			eligibility.notRestricted(bookable.inmate(), request.start().atZone(schedule.zone()).toLocalDate());
			schedules.lock(schedule.facilityId());
			// a repeat of the request may have booked while this one waited for the lock
			Optional<VisitRecords.Visit> meanwhile = records.byKey(account, key);
			if (meanwhile.isPresent()) {
				return new Opened(meanwhile.get(), null);
			}
			Instant end = request.start().plus(Duration.ofMinutes(request.lengthMinutes()));
			refuseTaken(schedule, request.inmateId(), request.start(), request.lengthMinutes(), null);
			VisitRecords.Visit visit = new VisitRecords.Visit(Ids.next(), schedule.agency(), schedule.facilityId(),
					request.inmateId(), account, bookable.contact().id(), bookable.contact().privileged(),
					request.start(), end, request.lengthMinutes(), length.price(), VisitStatus.PAYING, key, hash,
					request.paymentMethodId(), null, null, null, clock.instant());
			Optional<VisitRecords.Visit> mine = records.insert(visit);
			if (mine.isEmpty()) {
				return new Opened(records.byKey(account, key).orElseThrow(), null);
			}
			if (!length.price().isZero()) {
				payments.open(visit.id(), card, length.price(), "Homeward: video visit with "
						+ bookable.inmate().firstName() + " " + bookable.inmate().lastName());
			}
			return new Opened(mine.get(), card);
		});
		VisitRecords.Visit visit = opened.visit();
		if (opened.earlier()) {
			if (!visit.requestHash().equals(hash)) {
				throw new IdempotencyConflict(key);
			}
			return switch (visit.status()) {
				case PAYING -> settle(visit, payments.send(visit.id()), email, locale);
				case PAYMENT_DECLINED -> new BookingOutcome.Declined(visit.id(), String.valueOf(visit.declineReason()));
				default -> new BookingOutcome.Booked(visit, true);
			};
		}
		ChargeResult charge = visit.price().isZero() ? new ChargeResult.Captured(visit.id(), "free")
				: payments.send(visit.id(), opened.card(), visit.price());
		return settle(visit, charge, email, locale);
	}

	/**
	 * Refuses a time the facility or the inmate cannot give (the station, the inmate, the
	 * hours, the booking window, the weekly allowance), as if {@code except} (a visit
	 * being moved) did not hold its own; called under the facility's lock.
	 */
	void refuseTaken(Schedule schedule, UUID inmate, Instant start, int minutes, @Nullable UUID except) {
		Instant end = start.plus(Duration.ofMinutes(minutes));
		Optional<Slots.Refusal> refusal = Slots.refusal(schedule, start, minutes, clock.instant(),
				records.takenAtFacility(schedule.facilityId(), start.minus(Duration.ofDays(1)),
						end.plus(Duration.ofDays(1)), except),
				records.takenByInmate(inmate, start.minus(Duration.ofDays(8)), end.plus(Duration.ofDays(8)), except));
		if (refusal.isPresent()) {
			throw VisitEligibility.refused(refusal.get(), schedule);
		}
	}

	/** Finishes a booking whose charge had no answer; called by the reconciler. */
	BookingOutcome reconcile(VisitRecords.Visit visit, String email) {
		return settle(visit, payments.send(visit.id()), email, Locale.ENGLISH);
	}

	private record Opened(VisitRecords.Visit visit, @Nullable ChargeableCard card) {

		boolean earlier() {
			return card == null;
		}

	}

	/** The second durable step: the card's answer and what follows from it. */
	private BookingOutcome settle(VisitRecords.Visit visit, ChargeResult charge, String email, Locale locale) {
		return transactions.execute(status -> {
			if (!visit.price().isZero()) {
				payments.record(charge);
			}
			if (charge instanceof ChargeResult.Declined declined) {
				if (records.move(visit.id(), VisitStatus.PAYMENT_DECLINED, null, declined.reason(), null)) {
					paymentRecords.declined(visit.id(), declined.reason());
				}
				return new BookingOutcome.Declined(visit.id(), declined.reason());
			}
			if (charge instanceof ChargeResult.Unknown) {
				paymentRecords.checked(visit.id());
				return new BookingOutcome.Processing(visit.id());
			}
			boolean approval = schedules.of(visit.facility()).map(Schedule::needsApproval).orElse(false);
			VisitStatus next = approval ? VisitStatus.REQUESTED : VisitStatus.SCHEDULED;
			if (records.move(visit.id(), next, null, null, visit.account())) {
				if (!visit.price().isZero()) {
					ledger.post(VisitLedger.paid(visit.id(), visit.agency(), visit.price()));
				}
				VisitRecords.Visit booked = records.byId(visit.id()).orElseThrow();
				events.publishEvent(new VisitBooked(visit.id(), visit.agency(), visit.facility(), visit.inmate(),
						visit.account(), visit.start(), visit.price(), clock.instant()));
				mail.booked(booked, email, locale);
				return new BookingOutcome.Booked(booked, false);
			}
			return new BookingOutcome.Booked(records.byId(visit.id()).orElseThrow(), true);
		});
	}

}
