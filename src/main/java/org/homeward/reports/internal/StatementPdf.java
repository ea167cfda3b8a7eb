package org.homeward.reports.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.homeward.shared.HtmlPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly commission statement as a PDF the agency files: its lines by service, the
 * total, the ledger's total beside it and whether they agree.
 */
@Component
public class StatementPdf {

	private final TemplateEngine templates;

	private final Clock clock;

	StatementPdf(TemplateEngine templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	public void write(AgencyReports.Statement statement, String monthName, Locale locale, OutputStream target) {
		Context context = new Context(locale);
		context.setVariable("statement", statement);
		context.setVariable("monthName", monthName);
		context.setVariable("made",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(locale)
					.format(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
		HtmlPdf.write(templates.process("reports/statement-pdf", context), target);
	}

}
