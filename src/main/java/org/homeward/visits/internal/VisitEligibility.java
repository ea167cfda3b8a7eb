package org.homeward.visits.internal;

import java.time.LocalDate;
import java.util.List;
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
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may book a video visit with whom, and the words of each refusal: an active contact
 * of an active inmate at a facility whose contract offers video visits, with no
 * restriction on that day; and why a time cannot be booked.
 */
@Component
class VisitEligibility {

	private final Directory directory;

	private final Contacts contacts;

	private final Contracts contracts;

	private final Restrictions restrictions;

	private final Schedules schedules;

	VisitEligibility(Directory directory, Contacts contacts, Contracts contracts, Restrictions restrictions,
			Schedules schedules) {
		this.directory = directory;
		this.contacts = contacts;
		this.contracts = contracts;
		this.restrictions = restrictions;
		this.schedules = schedules;
	}

	/** What a family needs before booking: the inmate, their contact, the schedule. */
	record Bookable(InmateView inmate, ContactView contact, Schedule schedule) {
	}

	Bookable bookable(UUID account, UUID inmateId, LocalDate day) {
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
		notRestricted(inmate, day);
		return new Bookable(inmate, contact, schedule.get());
	}

	/**
	 * @throws BusinessRuleException {@code inmate-restricted} while a restriction stops
	 * the inmate's video visits on that day
	 */
	void notRestricted(InmateView inmate, LocalDate day) {
		if (restrictions.isRestricted(inmate.id(), RestrictionKind.NO_VIDEO_VISITS, day)) {
			throw restricted(inmate);
		}
	}

	private static BusinessRuleException restricted(InmateView inmate) {
		String name = inmate.firstName() + " " + inmate.lastName();
		return new BusinessRuleException("inmate-restricted", "visits",
				name + " cannot have video visits at the moment (a restriction set by the facility).", List.of(name),
				Map.of());
	}

	static RuntimeException refused(Slots.Refusal refusal, Schedule schedule) {
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

}
