package org.homeward.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.directory.Restriction;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.InmateFile.Field;
import org.homeward.shared.InmateFile.Form;
import org.homeward.shared.Role;
import org.homeward.shared.SupportConsole.Cell;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inmate's restrictions on their staff page: every staff member sees them; facility
 * staff set one (a kind, until a day or until lifted, a reason) and lift one (a reason).
 */
@Component
class RestrictionsInmateFile implements InmateFile.Contribution {

	private final Restrictions restrictions;

	private final MessageSource messages;

	private final Clock clock;

	RestrictionsInmateFile(Restrictions restrictions, MessageSource messages, Clock clock) {
		this.restrictions = restrictions;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		boolean acts = staff.hasAnyRole(Role.FACILITY_STAFF) || staff.isOperator();
		String base = "/staff/inmates/" + inmate + "/restrictions";
		List<InmateFile.Row> rows = restrictions.activeOn(inmate, LocalDate.now(clock))
			.stream()
			.map(r -> new InmateFile.Row(
					List.of(Cell.text(words("restriction." + r.kind().name(), locale)), until(r, locale),
							Cell.text(r.reason()), Cell.at(r.createdAt())),
					null,
					acts ? List.of(new Form("inmateFile.lift", base + "/" + r.id() + "/lift",
							List.of(Field.text("reason", "inmateFile.liftReason", 500, true)),
							"inmateFile.liftConfirm")) : List.of()))
			.toList();
		List<Form> forms = acts
				? List
					.of(new Form(
							"inmateFile.restrict", base, List.of(
									Field.choice("kind", "inmateFile.kind",
											Arrays.stream(RestrictionKind.values())
												.map(k -> new InmateFile.Option(k.name(),
														words("restriction." + k.name(), locale)))
												.toList()),
									new Field("until", "inmateFile.until", "date", List.of(), 10, false),
									Field.text("reason", "inmateFile.reason", 500, true)),
							null))
				: List.of();
		return List.of(new InmateFile.Section(10, "inmateFile.restrictions", null,
				List.of("inmateFile.kind", "inmateFile.until", "inmateFile.reason", "inmateFile.since"), rows, forms));
	}

	private Cell until(Restriction restriction, Locale locale) {
		return Cell.text(restriction.until() == null ? words("inmateFile.untilLifted", locale)
				: messages.getMessage("inmateFile.untilDay",
						new Object[] { DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
							.withLocale(locale)
							.format(restriction.until()) },
						locale));
	}

	private String words(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
