package org.homeward.visits.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.homeward.directory.RestrictionAdded;
import org.homeward.directory.RestrictionKind;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When staff suspend an inmate's video visits, the visits already booked in that time are
 * cancelled and refunded in full, and the families told (that their loved one is not
 * available: the facility's own reason stays with the facility).
 */
@Component
class VisitSuspensions {

	private final VisitRecords visits;

	private final Schedules schedules;

	private final VisitChanges changes;

	private final Clock clock;

	VisitSuspensions(VisitRecords visits, Schedules schedules, VisitChanges changes, Clock clock) {
		this.visits = visits;
		this.schedules = schedules;
		this.changes = changes;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = "visits.cancel-suspended")
	void on(RestrictionAdded restriction) {
		if (restriction.kind() != RestrictionKind.NO_VIDEO_VISITS) {
			return;
		}
		for (VisitRecords.Visit visit : visits.upcomingOfInmate(restriction.inmateId(), clock.instant(), 500)) {
			ZoneId zone = schedules.of(visit.facility()).map(Schedule::zone).orElse(clock.getZone());
			LocalDate day = visit.start().atZone(zone).toLocalDate();
			boolean during = restriction.until() == null || !day.isAfter(restriction.until());
			if (during && visit.status() != VisitStatus.LIVE) {
				changes.cancelBySystem(visit, VisitReason.INMATE_UNAVAILABLE, "video visits suspended by the facility");
			}
		}
	}

}
