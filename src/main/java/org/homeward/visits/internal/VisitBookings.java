package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
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

	private final Schedules schedules;

	private final Directory directory;

	private final Contacts contacts;

	private final Contracts contracts;

	private final Restrictions restrictions;

	private final Payments payments;

	private final Ledger ledger;

	private final VisitMail mail;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitBookings(VisitRecords records, Schedules schedules, Directory directory, Contacts contacts,
			Contracts contracts, Restrictions restrictions, Payments payments, Ledger ledger, VisitMail mail,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.schedules = schedules;
		this.directory = directory;
		this.contacts = contacts;
		this.contracts = contracts;
		this.restrictions = restrictions;
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
		if (to.isBefore(from) || from.plusDays(13).isBefore(to)) {
			throw new InvalidInputException(InvalidInputException.FieldError.of("to", "days-range",
					"must be on or after from, and at most 14 days after it"));
		}
		Bookable bookable = bookable(account, inmateId, from);
		Schedule schedule = bookable.schedule();
		Instant start = from.atStartOfDay(schedule.zone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
		return Slots.between(schedule, from, to, clock.instant(),
				records.takenAtFacility(schedule.facilityId(), start, end),
				records.takenByInmate(inmateId, start.minus(Duration.ofDays(8)), end.plus(Duration.ofDays(8))));
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
			Bookable bookable = bookable(account, request.inmateId(),
					LocalDate.ofInstant(request.start(), clock.getZone()));
			Schedule schedule = bookable.schedule();
			Schedule.Length length = schedule.length(request.lengthMinutes())
				.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("lengthMinutes",
						"visit-length", "is not a length of visit this facility offers")));
			ChargeableCard card = payments.chargeable(account, request.paymentMethodId())
				.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("paymentMethodId",
						"own-card", "is not one of your saved cards")));
			if (restrictions.isRestricted(request.inmateId(), RestrictionKind.NO_VIDEO_VISITS,
					request.start().atZone(schedule.zone()).toLocalDate())) {
				throw restricted(bookable.inmate());
			}
			schedules.lock(schedule.facilityId());
			// a repeat of the request may have booked while this one waited for the lock
			Optional<VisitRecords.Visit> meanwhile = records.byKey(account, key);
			if (meanwhile.isPresent()) {
				return new Opened(meanwhile.get(), null);
			}
			Instant end = request.start().plus(Duration.ofMinutes(request.lengthMinutes()));
			Optional<Slots.Refusal> refusal = Slots.refusal(schedule, request.start(), request.lengthMinutes(),
					clock.instant(),
					records.takenAtFacility(schedule.facilityId(), request.start().minus(Duration.ofDays(1)),
							end.plus(Duration.ofDays(1))),
					records.takenByInmate(request.inmateId(), request.start().minus(Duration.ofDays(8)),
							end.plus(Duration.ofDays(8))));
			if (refusal.isPresent()) {
				throw refused(refusal.get(), schedule);
			}
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

	/** Finishes a booking whose charge had no answer; called by the reconciler. */
	BookingOutcome reconcile(VisitRecords.Visit visit, String email) {
		return settle(visit, payments.send(visit.id()), email, Locale.ENGLISH);
	}

	private record Opened(VisitRecords.Visit visit, @Nullable ChargeableCard card) {

		boolean earlier() {
			return card == null;
		}

	}

	/** What a family needs before booking: the inmate, their contact, the schedule. */
	private record Bookable(InmateView inmate, ContactView contact, Schedule schedule) {
	}

	private Bookable bookable(UUID account, UUID inmateId, LocalDate day) {
		ContactView contact = contacts.between(account, inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		String name = inmate.firstName() + " " + inmate.lastName();
		if (!contact.active()) {
			throw new BusinessRuleException("not-an-active-contact", null,
					"Only an active contact can book a visit with " + name + ".", List.of(name), Map.of());
		}
		if (inmate.status() != InmateStatus.ACTIVE) {
			throw new BusinessRuleException("visits-not-available", null,
					name + " cannot have video visits at the moment.", List.of(name), Map.of());
		}
		Optional<Schedule> schedule = schedules.of(inmate.facility().id());
		boolean offered = contracts.contractOf(inmate.agency().id())
			.map(contract -> contract.offers(Service.VIDEO_VISITS, inmate.facility().id()))
			.orElse(false);
		if (schedule.isEmpty() || !offered || schedule.get().lengths().isEmpty()) {
			throw new BusinessRuleException("visits-not-available", "facility",
					inmate.facility().name() + " does not offer video visits.", List.of(inmate.facility().name()),
					Map.of());
		}
		if (restrictions.isRestricted(inmateId, RestrictionKind.NO_VIDEO_VISITS, day)) {
			throw restricted(inmate);
		}
		return new Bookable(inmate, contact, schedule.get());
	}

	private static BusinessRuleException restricted(InmateView inmate) {
		String name = inmate.firstName() + " " + inmate.lastName();
		return new BusinessRuleException("inmate-restricted", "visits",
				name + " cannot have video visits at the moment (a restriction set by the facility).", List.of(name),
				Map.of());
	}

	private static RuntimeException refused(Slots.Refusal refusal, Schedule schedule) {
		return switch (refusal) {
			case TAKEN -> new ConflictException("slot-taken",
					"That time was just taken: every station is booked. Choose another time.");
			case INMATE_BUSY -> new ConflictException("inmate-busy",
					"Your loved one already has a visit at that time. Choose another time.");
			case NOT_IN_HOURS ->
				new BusinessRuleException("outside-visiting-hours", "That is not a visiting time of the facility.");
			case OUTSIDE_WINDOW -> new BusinessRuleException("outside-booking-window", null,
					"Visits can be booked from " + schedule.minAhead().toHours() + " hours to "
							+ schedule.maxDaysAhead() + " days ahead.",
					List.of(String.valueOf(schedule.minAhead().toHours()), String.valueOf(schedule.maxDaysAhead())),
					Map.of());
			case OVER_ALLOWANCE -> new BusinessRuleException("visit-allowance-used", null,
					"Your loved one's " + schedule.weeklyAllowance() + " visits of that week are already booked.",
					List.of(String.valueOf(schedule.weeklyAllowance())), Map.of());
		};
	}

	/** The second durable step: the card's answer and what follows from it. */
	private BookingOutcome settle(VisitRecords.Visit visit, ChargeResult charge, String email, Locale locale) {
		return transactions.execute(status -> {
			if (!visit.price().isZero()) {
				payments.record(charge);
			}
			if (charge instanceof ChargeResult.Declined declined) {
				if (records.move(visit.id(), VisitStatus.PAYMENT_DECLINED, null, declined.reason(), null)) {
					records.declined(visit.id(), declined.reason());
				}
				return new BookingOutcome.Declined(visit.id(), declined.reason());
			}
			if (charge instanceof ChargeResult.Unknown) {
				records.checked(visit.id());
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
