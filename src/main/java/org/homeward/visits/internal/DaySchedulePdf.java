package org.homeward.visits.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.shared.Caller;
import org.homeward.shared.HtmlPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A facility's day of video visits as a PDF to print for the officers running it: each
 * visit's time (the facility's clock), length, inmate with number and housing unit,
 * visitor, and where it stands, in time order, in the reader's language. A day is at most
 * a few hundred rows of text, rendered at once.
 */
@Component
public class DaySchedulePdf {

	/** One visit of the day, in words. */
	public record Row(String time, int minutes, String inmate, String inmateNumber, String housingUnit, String visitor,
			String status, boolean legal) {
	}

	private final VisitViews views;

	private final Directory directory;

	private final MessageSource messages;

	private final TemplateEngine templates;

	DaySchedulePdf(VisitViews views, Directory directory, MessageSource messages, TemplateEngine templates) {
		this.views = views;
		this.directory = directory;
		this.messages = messages;
		this.templates = templates;
	}

	/**
	 * Writes the day's schedule of a facility of the staff member's agency.
	 * @throws org.homeward.shared.NotFoundException for a facility not theirs
	 */
	public void write(Caller staff, UUID facility, LocalDate day, Locale locale, OutputStream target) {
		List<VisitViews.VisitView> visits = views.day(staff, facility, day);
		ZoneId zone = views.zoneOf(facility);
		List<Row> rows = visits.stream()
			.sorted(Comparator.comparing(VisitViews.VisitView::start))
			.map(v -> new Row(VisitTimes.time(v.start(), zone, locale), v.lengthMinutes(),
					v.inmate().lastName() + ", " + v.inmate().firstName(), v.inmate().inmateNumber(),
					v.inmate().housingUnit() == null ? "" : v.inmate().housingUnit(), v.visitor(),
					messages.getMessage("visits.status." + v.status(), null, v.status().name(), locale), v.legal()))
			.toList();
		String name = directory.facilities(staff.staffAgency(VisitChanges.VISITATION))
			.stream()
			.filter(f -> f.id().equals(facility))
			.map(FacilityView::name)
			.findFirst()
			.orElse("");
		Context context = new Context(locale);
		context.setVariable("facility", name);
		context.setVariable("day", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day));
		context.setVariable("rows", rows);
		String html = templates.process("visits/schedule-pdf", context);
		HtmlPdf.write(html, target);
	}

}
