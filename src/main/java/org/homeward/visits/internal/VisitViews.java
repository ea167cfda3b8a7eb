package org.homeward.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Visits as their readers see them: the family's, the inmate's, a facility's day. */
@Component
public class VisitViews {

	/**
	 * A visit with what its reader needs around it.
	 *
	 * @param zone the facility's time zone, in which its times are shown
	 * @param visitor the family member's name (for staff and the inmate)
	 * @param refund what was refunded (or is being), once the visit will not take place
	 * @param cancellableUntil until when the family may still cancel it themselves
	 */
	public record VisitView(UUID id, VisitStatus status, Instant start, Instant end, int lengthMinutes, Money price,
			ZoneId zone, InmateView inmate, String visitor, boolean legal, @Nullable Money refund,
			@Nullable Instant cancellableUntil, List<VisitRecords.Move> history) {

		/** Whether the visit is still ahead (requested, scheduled or going on). */
		public boolean ahead() {
			return status == VisitStatus.REQUESTED || status == VisitStatus.SCHEDULED || status == VisitStatus.LIVE;
		}

	}

	private final VisitRecords records;

	private final Schedules schedules;

	private final Directory directory;

	private final Members members;

	private final Clock clock;

	VisitViews(VisitRecords records, Schedules schedules, Directory directory, Members members, Clock clock) {
		this.records = records;
		this.schedules = schedules;
		this.directory = directory;
		this.members = members;
		this.clock = clock;
	}

	/** The family's visits, newest first. */
	public List<VisitView> ofFamily(UUID account) {
		return views(records.ofAccount(account, 100));
	}

	/**
	 * One of the family's visits.
	 * @throws NotFoundException for any other
	 */
	public VisitView ofFamily(UUID account, UUID visit) {
		return records.byId(visit)
			.filter(v -> v.account().equals(account) && v.status() != VisitStatus.PAYMENT_DECLINED)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("visit"));
	}

	/** The inmate's visits to come (requested, scheduled, going on), earliest first. */
	public List<VisitView> upcomingOfInmate(UUID inmate) {
		return views(records.upcomingOfInmate(inmate, clock.instant(), 50));
	}

	/**
	 * The visits of one day at a facility of the staff member's agency (the day in the
	 * facility's zone), earliest first.
	 * @throws NotFoundException when the facility is not one the staff member reaches
	 */
	public List<VisitView> day(Caller staff, UUID facility, LocalDate day) {
		reachable(staff, facility);
		ZoneId zone = schedules.of(facility).map(Schedule::zone).orElse(ZoneId.of("UTC"));
		return views(records.atFacility(facility, day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant()));
	}

	/**
	 * The facilities of the staff member's agency that they reach and that have video
	 * visits.
	 */
	public List<FacilityView> facilities(Caller staff) {
		TenantId agency = staff.staffAgency(VisitChanges.VISITATION);
		return directory.facilities(agency)
			.stream()
			.filter(f -> staff.reaches(f.id()) && schedules.of(f.id()).isPresent())
			.toList();
	}

	/**
	 * What officers may watch together at a facility of the staff member's agency: its
	 * visits going on now, earliest first, but legal ones, which are only counted.
	 */
	public record Live(List<VisitView> watched, int legal) {
	}

	/**
	 * The visits going on now at a facility of the staff member's agency.
	 * @throws NotFoundException when the facility is not one the staff member reaches
	 */
	public Live live(Caller staff, UUID facility) {
		reachable(staff, facility);
		Instant now = clock.instant();
		// none lasts a day: those that started since yesterday and are still on
		List<VisitRecords.Visit> live = records.atFacility(facility, now.minus(Duration.ofDays(1)), now.plusSeconds(1))
			.stream()
			.filter(visit -> visit.status() == VisitStatus.LIVE)
			.toList();
		int legal = (int) live.stream().filter(VisitRecords.Visit::legal).count();
		return new Live(views(live.stream().filter(visit -> !visit.legal()).toList()), legal);
	}

	private void reachable(Caller staff, UUID facility) {
		TenantId agency = staff.staffAgency(VisitChanges.VISITATION);
		boolean ours = directory.facilities(agency).stream().anyMatch(f -> f.id().equals(facility));
		if (!ours || !staff.reaches(facility)) {
			throw new NotFoundException("facility");
		}
	}

	/** The facility's time zone, where it has video visits. */
	public ZoneId zoneOf(UUID facility) {
		return schedules.of(facility).map(Schedule::zone).orElse(ZoneId.of("UTC"));
	}

	public VisitView view(VisitRecords.Visit visit) {
		return views(List.of(visit)).get(0);
	}

	/**
	 * Visits as shown, in the same order: each inmate, family and schedule read once, and
	 * the histories in one query.
	 */
	List<VisitView> views(List<VisitRecords.Visit> visits) {
		Map<UUID, List<VisitRecords.Move>> histories = records
			.histories(visits.stream().map(VisitRecords.Visit::id).toList());
		Map<UUID, InmateView> inmates = new HashMap<>();
		Map<UUID, String> visitors = new HashMap<>();
		Map<UUID, Optional<Schedule>> facilities = new HashMap<>();
		Instant now = clock.instant();
		List<VisitView> views = new ArrayList<>(visits.size());
		for (VisitRecords.Visit visit : visits) {
			InmateView inmate = inmates.computeIfAbsent(visit.inmate(), id -> directory.inmate(id).orElseThrow());
			Schedule schedule = facilities.computeIfAbsent(visit.facility(), schedules::of).orElse(null);
			ZoneId zone = schedule == null ? ZoneId.of("UTC") : schedule.zone();
			Instant until = schedule == null || !VisitStatus.LIFECYCLE.allows(visit.status(), VisitStatus.CANCELLED)
					? null : visit.start().minus(schedule.cancelCutoff());
			String visitor = visitors.computeIfAbsent(visit.account(),
					account -> members.member(account).map(Members.Member::displayName).orElse(""));
			views.add(new VisitView(visit.id(), visit.status(), visit.start(), visit.end(), visit.lengthMinutes(),
					visit.price(), zone, inmate, visitor, visit.legal(), visit.refundDue(),
					until != null && now.isBefore(until) ? until : null,
					histories.getOrDefault(visit.id(), List.of())));
		}
		return views;
	}

}
