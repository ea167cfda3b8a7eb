package org.homeward.visits.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.homeward.shared.Money;

/**
 * The visits a facility's schedule offers, and whether each can still be booked: inside
 * the visiting hours (wall-clock times in the facility's zone, so a visit at 9:00 stays
 * at 9:00 across a change of daylight saving time, and a time the clocks skip is not
 * offered), inside the booking window, with a station free for the whole visit, the
 * inmate free, and the inmate's weekly allowance not used up. Visits start on a quarter
 * hour from the opening time.
 */
public final class Slots {

	/** How far apart the offered starts are. */
	static final Duration GRID = Duration.ofMinutes(15);

	private Slots() {
	}

	/** A visit on offer. */
	public record Slot(Instant start, Instant end, int lengthMinutes, Money price, boolean available) {
	}

	/**
	 * Visits already holding stations (and their inmate) from start to end: one, or
	 * several with the same times, read as one row.
	 */
	public record Taken(Instant start, Instant end, int visits) {

		public Taken(Instant start, Instant end) {
			this(start, end, 1);
		}

		boolean overlaps(Instant from, Instant to) {
			return start.isBefore(to) && from.isBefore(end);
		}

	}

	/** Why a visit cannot be booked. */
	public enum Refusal {

		/** Not a start the schedule offers, or a length it does not. */
		NOT_IN_HOURS,
		/** Too soon or too far ahead. */
		OUTSIDE_WINDOW,
		/** Every station is taken for some of the visit. */
		TAKEN,
		/** The inmate has another visit at that time. */
		INMATE_BUSY,
		/** The inmate's visits that week are used up. */
		OVER_ALLOWANCE

	}

	/**
	 * What the facility offers from {@code from} to {@code to} (days in its zone, both
	 * included), earliest first, shorter first at the same start.
	 * @param facility the facility's visits that hold a station in and around those days
	 * @param inmate the inmate's visits that hold a station in the weeks of those days
	 */
	public static List<Slot> between(Schedule schedule, LocalDate from, LocalDate to, Instant now, List<Taken> facility,
			List<Taken> inmate) {
		List<Slot> slots = new ArrayList<>();
		TakenIndex taken = TakenIndex.of(facility);
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			long thatWeek = visitsInWeekOf(schedule, day, inmate);
			for (Schedule.Opening opening : schedule.openings().getOrDefault(day.getDayOfWeek(), List.of())) {
				for (LocalTime time = opening.opens(); time.isBefore(opening.closes())
						&& !time.isBefore(opening.opens()); time = time.plus(GRID)) {
					ZonedDateTime start = ZonedDateTime.of(day, time, schedule.zone());
					if (!start.toLocalTime().equals(time)) {
						continue; // the clocks skip this time
					}
					for (Schedule.Length length : schedule.lengths()) {
						if (fits(start, length.minutes(), day.atTime(opening.closes()))) {
							Instant begins = start.toInstant();
							slots.add(new Slot(begins, begins.plus(Duration.ofMinutes(length.minutes())),
									length.minutes(), length.price(),
									refusalOnGrid(schedule, begins, length.minutes(), now,
											taken.overlapping(begins,
													begins.plus(Duration.ofMinutes(length.minutes()))),
											inmate, thatWeek)
										.isEmpty()));
						}
					}
					if (time.plus(GRID).isBefore(time)) {
						break; // past midnight
					}
				}
			}
		}
		return slots;
	}

	/**
	 * Why a visit from {@code start} for {@code minutes} cannot be booked, or empty when
	 * it can.
	 */
	public static Optional<Refusal> refusal(Schedule schedule, Instant start, int minutes, Instant now,
			List<Taken> facility, List<Taken> inmate) {
		if (schedule.length(minutes).isEmpty() || !offered(schedule, start, minutes)) {
			return Optional.of(Refusal.NOT_IN_HOURS);
		}
		return refusalOnGrid(schedule, start, minutes, now, facility, inmate,
				visitsInWeekOf(schedule, start.atZone(schedule.zone()).toLocalDate(), inmate));
	}

	/**
	 * The same for a start and length the schedule offers, with the inmate's visits in
	 * its week already counted.
	 */
	private static Optional<Refusal> refusalOnGrid(Schedule schedule, Instant start, int minutes, Instant now,
			List<Taken> facility, List<Taken> inmate, long thatWeek) {
		if (start.isBefore(now.plus(schedule.minAhead()))
				|| start.isAfter(now.plus(Duration.ofDays(schedule.maxDaysAhead())))) {
			return Optional.of(Refusal.OUTSIDE_WINDOW);
		}
		Instant end = start.plus(Duration.ofMinutes(minutes));
		for (Taken t : inmate) {
			if (t.overlaps(start, end)) {
				return Optional.of(Refusal.INMATE_BUSY);
			}
		}
		if (mostAtOnce(facility, start, end) >= schedule.stations()) {
			return Optional.of(Refusal.TAKEN);
		}
		if (thatWeek >= schedule.weeklyAllowance()) {
			return Optional.of(Refusal.OVER_ALLOWANCE);
		}
		return Optional.empty();
	}

	/**
	 * The inmate's visits in the week (Monday to Sunday, in the facility's zone) of a
	 * day.
	 */
	private static long visitsInWeekOf(Schedule schedule, LocalDate day, List<Taken> inmate) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant weekStarts = monday.atStartOfDay(schedule.zone()).toInstant();
		Instant weekEnds = monday.plusWeeks(1).atStartOfDay(schedule.zone()).toInstant();
		long visits = 0;
		for (Taken t : inmate) {
			if (!t.start().isBefore(weekStarts) && t.start().isBefore(weekEnds)) {
				visits += t.visits();
			}
		}
		return visits;
	}

	/** Whether the schedule offers a visit of that length at that moment. */
	static boolean offered(Schedule schedule, Instant start, int minutes) {
		ZonedDateTime local = start.atZone(schedule.zone());
		LocalDate day = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		for (Schedule.Opening opening : schedule.openings().getOrDefault(day.getDayOfWeek(), List.of())) {
			boolean onGrid = !time.isBefore(opening.opens()) && time.isBefore(opening.closes())
					&& Duration.between(opening.opens(), time).toSeconds() % GRID.toSeconds() == 0;
			if (onGrid && ZonedDateTime.of(day, time, schedule.zone()).toInstant().equals(start)
					&& fits(local, minutes, day.atTime(opening.closes()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean fits(ZonedDateTime start, int minutes, LocalDateTime closes) {
		return !start.plusMinutes(minutes).toLocalDateTime().isAfter(closes);
	}

	/**
	 * The most visits of {@code taken} going on at one moment between from and to: the
	 * count only rises when one starts, so from and each start inside are the moments to
	 * count at.
	 */
	private static int mostAtOnce(List<Taken> taken, Instant from, Instant to) {
		int most = 0;
		for (int m = -1; m < taken.size(); m++) {
			Instant moment = m < 0 ? from : taken.get(m).start();
			if (m >= 0 && (!moment.isAfter(from) || !moment.isBefore(to))) {
				continue;
			}
			int atOnce = 0;
			for (Taken t : taken) {
				if (!t.start().isAfter(moment) && moment.isBefore(t.end())) {
					atOnce += t.visits();
				}
			}
			most = Math.max(most, atOnce);
		}
		return most;
	}

}
