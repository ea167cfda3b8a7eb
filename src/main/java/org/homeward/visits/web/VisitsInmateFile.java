package org.homeward.visits.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.SupportConsole.Cell;
import org.homeward.shared.TenantId;
import org.homeward.visits.internal.VisitChanges;
import org.homeward.visits.internal.VisitTimes;
import org.homeward.visits.internal.VisitViews;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inmate's visits to come on their staff page, for those who run visits: when (in the
 * facility's time), with whom, where each stands; each leads to the day's schedule.
 */
@Component
class VisitsInmateFile implements InmateFile.Contribution {

	private final VisitViews views;

	private final MessageSource messages;

	VisitsInmateFile(VisitViews views, MessageSource messages) {
		this.views = views;
		this.messages = messages;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		if (!staff.hasAnyRole(VisitChanges.VISITATION)) {
			return List.of();
		}
		return List
			.of(new InmateFile.Section(60, "inmateFile.visits", null,
					List.of("inmateFile.when", "inmateFile.visitor", "staffInmates.status"),
					views.upcomingOfInmate(inmate)
						.stream()
						.map(v -> new InmateFile.Row(
								List.of(Cell.text(VisitTimes.describe(v.start(), v.zone(), locale)),
										Cell.text(v.visitor()),
										Cell.text(messages.getMessage("visits.status." + v.status().name(), null,
												locale))),
								"/staff/visits?facilityId=" + v.inmate().facility().id() + "&date="
										+ v.start().atZone(v.zone()).toLocalDate(),
								List.of()))
						.toList(),
					List.of()));
	}

}
