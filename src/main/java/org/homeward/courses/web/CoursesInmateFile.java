package org.homeward.courses.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.courses.internal.Enrolments;
import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.SupportConsole.Cell;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The inmate's courses on their staff page: each one enrolled in, and how far along. */
@Component
class CoursesInmateFile implements InmateFile.Contribution {

	private final Enrolments enrolments;

	private final MessageSource messages;

	CoursesInmateFile(Enrolments enrolments, MessageSource messages) {
		this.enrolments = enrolments;
		this.messages = messages;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		if (staff.agency() == null) {
			return List.of();
		}
		return List.of(new InmateFile.Section(80, "inmateFile.courses", null,
				List.of("inmateFile.course", "staffInmates.status", "inmateFile.progress"),
				enrolments.offered(inmate)
					.stream()
					.filter(o -> o.enrolment() != null)
					.map(o -> new InmateFile.Row(List.of(Cell.text(o.course().title()),
							Cell.text(messages.getMessage("enrolment.status." + o.enrolment().status().name(), null,
									locale)),
							Cell.text(messages.getMessage("inmateFile.percent", new Object[] { o.percent() }, locale))),
							null, List.of()))
					.toList(),
				List.of()));
	}

}
