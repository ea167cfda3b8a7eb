package org.homeward.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;

class SlotsTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static Schedule schedule(int stations, int allowance, LocalTime opens, LocalTime closes) {
		Map<DayOfWeek, List<Schedule.Opening>> openings = new EnumMap<>(DayOfWeek.class);
		Arrays.stream(DayOfWeek.values()).forEach(d -> openings.put(d, List.of(new Schedule.Opening(opens, closes))));
		return new Schedule(UUID.randomUUID(), new TenantId(UUID.randomUUID()), NEW_YORK, stations, allowance,
				Duration.ofHours(24), 14, Duration.ofHours(24), false, true, 90, openings,
				List.of(new Schedule.Length(15, Money.ofMinor(295, "USD")),
						new Schedule.Length(30, Money.ofMinor(590, "USD"))));
	}

	static Instant at(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(day, LocalTime.of(hour, minute), NEW_YORK).toInstant();
	}

	/** Monday 2 November 2026, 9:00 New York: a week before the days the tests book. */
	static final Instant NOW = at(LocalDate.of(2026, 11, 2), 9, 0);

	static final LocalDate TUESDAY = LocalDate.of(2026, 11, 10);

	@Test
	void aDayOffersEveryQuarterHourOfEachLengthThatEndsByClosing() {
		List<Slots.Slot> slots = Slots.between(schedule(2, 2, LocalTime.of(8, 0), LocalTime.of(10, 0)), TUESDAY,
				TUESDAY, NOW, List.of(), List.of());
		// 8:00 to 9:45 for 15 minutes (8 starts), 8:00 to 9:30 for 30 minutes (7 starts)
		assertThat(slots).hasSize(15).allMatch(Slots.Slot::available);
		assertThat(slots.get(0).start()).isEqualTo(at(TUESDAY, 8, 0));
		assertThat(slots.stream().filter(s -> s.lengthMinutes() == 30).map(Slots.Slot::end).max(Instant::compareTo))
			.contains(at(TUESDAY, 10, 0));
		assertThat(slots.get(0).price()).isEqualTo(Money.ofMinor(295, "USD"));
	}

	@Test
	void visitingHoursAreTheFacilitysWallClockAcrossAChangeOfDaylightSavingTime() {
		Schedule schedule = schedule(1, 5, LocalTime.of(1, 0), LocalTime.of(4, 0));
		LocalDate saturday = LocalDate.of(2027, 3, 13);
		LocalDate sunday = LocalDate.of(2027, 3, 14); // clocks go from 2:00 to 3:00
		Instant now = at(LocalDate.of(2027, 3, 5), 9, 0);
		List<Slots.Slot> before = Slots.between(schedule, saturday, saturday, now, List.of(), List.of());
		List<Slots.Slot> onTheDay = Slots.between(schedule, sunday, sunday, now, List.of(), List.of());
		assertThat(before.get(0).start()).isEqualTo(Instant.parse("2027-03-13T06:00:00Z"));
		assertThat(onTheDay.get(0).start()).isEqualTo(Instant.parse("2027-03-14T06:00:00Z"));
		// 3:00 on Sunday is EDT: 07:00 UTC, one hour after 1:00 EST
		assertThat(onTheDay).anyMatch(s -> s.start().equals(Instant.parse("2027-03-14T07:00:00Z")));
		// no start between 2:00 and 3:00, which the clocks skip
		assertThat(onTheDay.stream().filter(s -> s.lengthMinutes() == 15)).hasSize(8);
		assertThat(before.stream().filter(s -> s.lengthMinutes() == 15)).hasSize(12);
		// a 30-minute visit from 1:45 would end at 3:15 on the wall: past nothing, it is
		// offered
		assertThat(Slots.refusal(schedule, at(sunday, 1, 45), 30, now, List.of(), List.of())).isEmpty();
		// nine in the morning is 13:00 UTC in winter and 14:00... the other way in autumn
		Schedule day = schedule(1, 5, LocalTime.of(8, 0), LocalTime.of(20, 0));
		assertThat(Slots.refusal(day, Instant.parse("2027-03-13T14:00:00Z"), 15, now, List.of(), List.of())).isEmpty();
		assertThat(Slots.refusal(day, Instant.parse("2027-03-15T13:00:00Z"), 15, now, List.of(), List.of())).isEmpty();
		assertThat(Slots.refusal(day, Instant.parse("2027-03-15T11:45:00Z"), 15, now, List.of(), List.of()))
			.contains(Slots.Refusal.NOT_IN_HOURS);
	}

	@Test
	void aVisitNeedsAStationFreeForAllOfIt() {
		Schedule schedule = schedule(2, 9, LocalTime.of(8, 0), LocalTime.of(20, 0));
		List<Slots.Taken> taken = List.of(new Slots.Taken(at(TUESDAY, 9, 0), at(TUESDAY, 9, 30)),
				new Slots.Taken(at(TUESDAY, 9, 15), at(TUESDAY, 9, 30)));
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 15), 15, NOW, taken, List.of()))
			.contains(Slots.Refusal.TAKEN);
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 0), 15, NOW, taken, List.of())).isEmpty();
		// 9:00 for 30 minutes runs into both visits from 9:15; 8:45 for 30 ends as the
		// second starts
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 0), 30, NOW, taken, List.of())).contains(Slots.Refusal.TAKEN);
		assertThat(Slots.refusal(schedule, at(TUESDAY, 8, 45), 30, NOW, taken, List.of())).isEmpty();
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 30), 30, NOW, taken, List.of())).isEmpty();
		List<Slots.Slot> slots = Slots.between(schedule, TUESDAY, TUESDAY, NOW, taken, List.of());
		assertThat(slots).filteredOn(s -> !s.available())
			.extracting(s -> s.start() + "/" + s.lengthMinutes())
			.containsExactlyInAnyOrder(at(TUESDAY, 9, 0) + "/30", at(TUESDAY, 9, 15) + "/15",
					at(TUESDAY, 9, 15) + "/30");
	}

	@Test
	void visitsWithTheSameTimesReadAsOneRowCountEach() {
		Schedule schedule = schedule(3, 9, LocalTime.of(8, 0), LocalTime.of(20, 0));
		List<Slots.Taken> two = List.of(new Slots.Taken(at(TUESDAY, 9, 0), at(TUESDAY, 9, 30), 2));
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 15), 15, NOW, two, List.of())).isEmpty();
		List<Slots.Taken> three = List.of(two.get(0), new Slots.Taken(at(TUESDAY, 9, 15), at(TUESDAY, 9, 45)));
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 15), 15, NOW, three, List.of()))
			.contains(Slots.Refusal.TAKEN);
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 0), 15, NOW, three, List.of())).isEmpty();
		assertThat(Slots.refusal(schedule, at(TUESDAY, 9, 0), 30, NOW, three, List.of())).contains(Slots.Refusal.TAKEN);
		// the inmate's allowance counts both
		Schedule twoAWeek = schedule(3, 2, LocalTime.of(8, 0), LocalTime.of(20, 0));
		assertThat(Slots.refusal(twoAWeek, at(TUESDAY, 12, 0), 15, NOW, List.of(), two))
			.contains(Slots.Refusal.OVER_ALLOWANCE);
	}

	@Test
	void theInmateHasOneVisitAtATimeAndNoMoreAWeekThanTheAllowance() {
		Schedule schedule = schedule(5, 2, LocalTime.of(8, 0), LocalTime.of(20, 0));
		List<Slots.Taken> mine = List.of(new Slots.Taken(at(TUESDAY, 10, 0), at(TUESDAY, 10, 30)));
		assertThat(Slots.refusal(schedule, at(TUESDAY, 10, 15), 15, NOW, mine, mine))
			.contains(Slots.Refusal.INMATE_BUSY);
		assertThat(Slots.refusal(schedule, at(TUESDAY, 11, 0), 15, NOW, mine, mine)).isEmpty();
		List<Slots.Taken> two = List.of(mine.get(0), new Slots.Taken(at(TUESDAY, 12, 0), at(TUESDAY, 12, 15)));
		// Sunday is the same week; the Monday after starts a new one (in the facility's
		// zone)
		assertThat(Slots.refusal(schedule, at(LocalDate.of(2026, 11, 15), 19, 0), 15, NOW, two, two))
			.contains(Slots.Refusal.OVER_ALLOWANCE);
		assertThat(Slots.refusal(schedule, at(LocalDate.of(2026, 11, 16), 8, 0), 15, NOW, two, two)).isEmpty();
	}

	@Test
	void visitsAreBookedInsideTheWindowOnly() {
		Schedule schedule = schedule(2, 9, LocalTime.of(8, 0), LocalTime.of(20, 0));
		LocalDate tomorrow = LocalDate.of(2026, 11, 3);
		assertThat(Slots.refusal(schedule, at(tomorrow, 8, 45), 15, NOW, List.of(), List.of()))
			.contains(Slots.Refusal.OUTSIDE_WINDOW);
		assertThat(Slots.refusal(schedule, at(tomorrow, 9, 0), 15, NOW, List.of(), List.of())).isEmpty();
		assertThat(Slots.refusal(schedule, at(LocalDate.of(2026, 11, 16), 9, 0), 15, NOW, List.of(), List.of()))
			.isEmpty();
		assertThat(Slots.refusal(schedule, at(LocalDate.of(2026, 11, 16), 9, 15), 15, NOW, List.of(), List.of()))
			.contains(Slots.Refusal.OUTSIDE_WINDOW);
		assertThat(Slots.refusal(schedule, at(tomorrow, 9, 5), 15, NOW, List.of(), List.of()))
			.contains(Slots.Refusal.NOT_IN_HOURS);
		assertThat(Slots.refusal(schedule, at(tomorrow, 19, 45), 30, NOW, List.of(), List.of()))
			.contains(Slots.Refusal.NOT_IN_HOURS);
		assertThat(Slots.refusal(schedule, at(tomorrow, 10, 0), 20, NOW, List.of(), List.of()))
			.contains(Slots.Refusal.NOT_IN_HOURS);
	}

}
