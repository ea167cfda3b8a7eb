package org.homeward.visits.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/**
 * One facility's video visiting: when, how many at once, how long and at what price, and
 * the rules of booking.
 *
 * @param zone the facility's time zone: visiting hours are its wall-clock times
 * @param stations how many visits the facility runs at once
 * @param weeklyAllowance visits each inmate may have per week (Monday to Sunday, in the
 * facility's zone)
 * @param minAhead how soon a visit may start at the earliest, from the moment of booking
 * @param maxDaysAhead how many days ahead one may book
 * @param cancelCutoff until how long before the start a family may cancel (and be
 * refunded)
 * @param needsApproval whether staff approve each visit before it is scheduled
 * @param recorded whether visits are recorded (legal visits never are)
 * @param openings visiting hours per day of the week
 * @param lengths the lengths on offer, shortest first
 */
public record Schedule(UUID facilityId, TenantId agency, ZoneId zone, int stations, int weeklyAllowance,
		Duration minAhead, int maxDaysAhead, Duration cancelCutoff, boolean needsApproval, boolean recorded,
		int retentionDays, Map<DayOfWeek, List<Opening>> openings, List<Length> lengths) {

	/** Visiting hours on one day: from {@code opens} until {@code closes}. */
	public record Opening(LocalTime opens, LocalTime closes) {
	}

	/** A length on offer and its price. */
	public record Length(int minutes, Money price) {
	}

	public Schedule {
		openings = Map.copyOf(openings);
		lengths = List.copyOf(lengths);
	}

	/**
	 * Refuses a family's change to a visit once the cut-off before its start has passed.
	 * @param code the refusal's code, as {@code visit-cancel-too-late}
	 * @param done what the change does to a visit, as "cancelled"
	 * @throws BusinessRuleException from the cut-off on
	 */
	public void refuseAfterCutoff(Instant visitStart, Instant now, String code, String done) {
		if (!now.isBefore(visitStart.minus(cancelCutoff))) {
			String hours = String.valueOf(cancelCutoff.toHours());
			throw new BusinessRuleException(code, null, "Visits can be " + done + " until " + hours
					+ " hours before they start; this one can no longer be.", List.of(hours), Map.of());
		}
	}

	public Optional<Length> length(int minutes) {
		return lengths.stream().filter(l -> l.minutes() == minutes).findFirst();
	}

}
