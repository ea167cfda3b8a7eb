package org.homeward.reports.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.reports.internal.AgencyReports;
import org.homeward.reports.internal.AgencyReports.Grain;
import org.homeward.reports.internal.AgencyReports.Period;
import org.homeward.reports.internal.AgencyReports.Report;
import org.homeward.reports.internal.Charts;
import org.homeward.reports.internal.Measure;
import org.homeward.reports.internal.Rollups;
import org.homeward.reports.internal.StatementPdf;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's reports: a month by day or week, or twelve months, for the agency or one
 * facility, as charts with their numbers in tables and a CSV file; the monthly commission
 * statement as a PDF and a CSV file. Agency administrators see their agency; operators
 * choose one, or see every agency side by side.
 */
@Controller
class ReportsPageController {

	private final AgencyReports reports;

	private final StatementPdf statementPdf;

	private final Rollups rollups;

	private final AgencyAccess access;

	private final MessageSource messages;

	private final Clock clock;

	ReportsPageController(AgencyReports reports, StatementPdf statementPdf, Rollups rollups, AgencyAccess access,
			MessageSource messages, Clock clock) {
		this.reports = reports;
		this.statementPdf = statementPdf;
		this.rollups = rollups;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** A chart and the words around it. */
	record Chart(String titleKey, Charts.Drawing svg) {
	}

	@GetMapping("/staff/reports")
	String report(Caller caller, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String month, @RequestParam(defaultValue = "DAY") String grain,
			@RequestParam(required = false) @Nullable UUID facility, Locale locale, Model model) {
		AgencyView own = access.ownToAdminister(caller, agency);
		Report report = reports.report(own, month(month), grain(grain), facility);
		model.addAttribute("report", report);
		model.addAttribute("groups", Measure.Group.values());
		model.addAttribute("measures", Arrays.asList(Measure.values()));
		model.addAttribute("labels", report.periods().stream().map(p -> label(report.grain(), p, locale)).toList());
		model.addAttribute("monthName", monthName(report.month(), locale));
		model.addAttribute("previous", report.month().minusMonths(1).toString());
		model.addAttribute("next", report.month().plusMonths(1).toString());
		model.addAttribute("charts", charts(report, locale));
		model.addAttribute("deliveryTimes", waits(report.total().deliveryTimes(), locale));
		model.addAttribute("reviewWaits", waits(report.total().reviewWaits(), locale));
		model.addAttribute("statement", reports.statement(own, report.month()));
		return "reports/report";
	}

	@GetMapping("/staff/reports/report.csv")
	ResponseEntity<String> reportCsv(Caller caller, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String month, @RequestParam(defaultValue = "DAY") String grain,
			@RequestParam(required = false) @Nullable UUID facility) {
		AgencyView own = access.ownToAdminister(caller, agency);
		Report report = reports.report(own, month(month), grain(grain), facility);
		return csv("report-" + own.code() + "-" + report.month() + ".csv", reports.csv(report));
	}

	@GetMapping("/staff/reports/statement.csv")
	ResponseEntity<String> statementCsv(Caller caller, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String month) {
		AgencyView own = access.ownToAdminister(caller, agency);
		YearMonth chosen = month(month);
		return csv("commission-" + own.code() + "-" + chosen + ".csv",
				reports.statementCsv(reports.statement(own, chosen)));
	}

	@GetMapping("/staff/reports/statement.pdf")
	void statementPdf(Caller caller, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String month, Locale locale, HttpServletResponse response)
			throws IOException {
		AgencyView own = access.ownToAdminister(caller, agency);
		YearMonth chosen = month(month);
		AgencyReports.Statement statement = reports.statement(own, chosen);
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("commission-" + own.code() + "-" + chosen + ".pdf")
					.build()
					.toString());
		statementPdf.write(statement, monthName(chosen, locale), locale, response.getOutputStream());
	}

	@GetMapping("/operator/reports")
	String everyAgency(Caller caller, @RequestParam(required = false) @Nullable String month, Locale locale,
			Model model) {
		caller.operator();
		YearMonth chosen = month(month);
		model.addAttribute("month", chosen.toString());
		model.addAttribute("monthName", monthName(chosen, locale));
		model.addAttribute("agencies", reports.everyAgency(chosen));
		model.addAttribute("measures",
				List.of(Measure.MESSAGES_WRITTEN, Measure.MESSAGES_DELIVERED, Measure.STAMP_SALES, Measure.DEPOSITS,
						Measure.DEPOSITED, Measure.DEPOSIT_FEES, Measure.VISITS_COMPLETED, Measure.MEDIA_SALES,
						Measure.COURSES_COMPLETED, Measure.COMMISSION));
		return "reports/operator";
	}

	@PostMapping("/operator/reports/rebuild")
	String rebuild(Caller caller, RedirectAttributes redirect) {
		caller.operator();
		redirect.addFlashAttribute("rebuilt", rollups.rebuild());
		return "redirect:/operator/reports";
	}

	private List<Chart> charts(Report report, Locale locale) {
		List<String> labels = report.periods().stream().map(p -> label(report.grain(), p, locale)).toList();
		List<Chart> charts = new ArrayList<>();
		Map<String, List<? extends Number>> messagesSeries = new LinkedHashMap<>();
		messagesSeries.put(words(Measure.MESSAGES_WRITTEN.labelKey(), locale),
				values(report, p -> p.value(Measure.MESSAGES_WRITTEN)));
		messagesSeries.put(words(Measure.MESSAGES_DELIVERED.labelKey(), locale),
				values(report, p -> p.value(Measure.MESSAGES_DELIVERED)));
		charts.add(new Chart("reports.chart.messages",
				Charts.lines(labels, messagesSeries, words("reports.axis.messages", locale))));
		charts.add(new Chart("reports.chart.deposits",
				Charts.bars(labels,
						Map.of(words(Measure.DEPOSITED.labelKey(), locale),
								values(report, p -> p.value(Measure.DEPOSITED) / 100.0)),
						words("reports.axis.dollars", locale))));
		charts.add(new Chart("reports.chart.review",
				Charts.lines(labels,
						Map.of(words("reports.p95", locale), values(report, p -> hours(p.reviewWaits().p95()))),
						words("reports.axis.hours", locale))));
		List<Measure> services = List.of(Measure.STAMP_SALES, Measure.DEPOSIT_FEES, Measure.MEDIA_SALES,
				Measure.TABLET_SALES);
		Map<String, List<? extends Number>> revenue = new LinkedHashMap<>();
		revenue.put(words("reports.revenue", locale),
				services.stream().map(m -> m.of(report.total()) / 100.0).toList());
		charts.add(new Chart("reports.chart.revenue",
				Charts.bars(services.stream().map(m -> words(m.labelKey(), locale)).toList(), revenue,
						words("reports.axis.dollars", locale))));
		return charts;
	}

	private static List<Number> values(Report report, Function<Period, @Nullable Number> value) {
		List<Number> values = new ArrayList<>();
		for (Period period : report.periods()) {
			values.add(value.apply(period));
		}
		return values;
	}

	/** A wait in hours for the chart; {@literal null} (a gap) where nothing waited. */
	private static @Nullable Double hours(@Nullable Duration wait) {
		if (wait == null) {
			return null;
		}
		return (wait.isZero() ? Duration.ofDays(14) : wait).toMinutes() / 60.0;
	}

	/** A median and a 95th percentile in words, or that nothing was counted. */
	private String waits(AgencyReports.Waits waits, Locale locale) {
		if (waits.median() == null) {
			return words("reports.wait.none", locale);
		}
		return messages.getMessage("reports.medianAndP95",
				new Object[] { wait(waits.median(), locale), wait(waits.p95(), locale) }, locale);
	}

	/** A wait as people say it: "within 15 minutes", "more than a week". */
	private String wait(@Nullable Duration wait, Locale locale) {
		if (wait == null) {
			return words("reports.wait.none", locale);
		}
		if (wait.isZero()) {
			return words("reports.wait.longer", locale);
		}
		long minutes = wait.toMinutes();
		return minutes < 60 ? messages.getMessage("reports.wait.minutes", new Object[] { minutes }, locale)
				: minutes < 24 * 60 ? messages.getMessage("reports.wait.hours", new Object[] { minutes / 60 }, locale)
						: messages.getMessage("reports.wait.days", new Object[] { minutes / (24 * 60) }, locale);
	}

	private String label(Grain grain, Period period, Locale locale) {
		return switch (grain) {
			case DAY -> String.valueOf(period.start().getDayOfMonth());
			case WEEK -> DateTimeFormatter.ofPattern("MMM d", locale).format(period.start()) + "–"
					+ period.lastDay().getDayOfMonth();
			case MONTH -> period.start().getMonth().getDisplayName(TextStyle.SHORT, locale);
		};
	}

	private static String monthName(YearMonth month, Locale locale) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
	}

	private String words(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/** The month asked for; this month when none or no month was asked for. */
	private YearMonth month(@Nullable String month) {
		try {
			return month == null || month.isBlank() ? YearMonth.now(clock.withZone(ZoneOffset.UTC))
					: YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException ex) {
			return YearMonth.now(clock.withZone(ZoneOffset.UTC));
		}
	}

	/** The cut asked for; by day when none or no cut was asked for. */
	private static Grain grain(String grain) {
		return Arrays.stream(Grain.values())
			.filter(g -> g.name().equalsIgnoreCase(grain.trim()))
			.findFirst()
			.orElse(Grain.DAY);
	}

	private static ResponseEntity<String> csv(String name, String body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
