package org.homeward.reports.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.reports.internal.AgencyReports;
import org.homeward.reports.internal.AgencyReports.Grain;
import org.homeward.reports.internal.AgencyReports.Period;
import org.homeward.reports.internal.AgencyReports.Report;
import org.homeward.reports.internal.AgencyReports.Waits;
import org.homeward.reports.internal.Measure;
import org.homeward.reports.internal.Rollups;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The agency's reports and commission statements over the API (its administrators and
 * operators), and the operator's rebuild of every rollup from the recorded events.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reports")
class ReportsApiController {

	private final AgencyReports reports;

	private final Rollups rollups;

	private final AgencyAccess access;

	ReportsApiController(AgencyReports reports, Rollups rollups, AgencyAccess access) {
		this.reports = reports;
		this.rollups = rollups;
		this.access = access;
	}

	@GetMapping("/agencies/{code}/reports/{month}")
	@Operation(summary = "The agency's numbers for a month by day or week, or for the twelve months to it "
			+ "(agency administrators and operators); days are UTC days")
	ReportJson report(Caller caller, @PathVariable @Size(max = 32) String code,
			@PathVariable @Size(max = 7) @Pattern(regexp = "\\d{4}-\\d{2}") String month,
			@RequestParam(defaultValue = "DAY") Grain grain, @RequestParam(required = false) @Nullable UUID facility) {
		Report report = reports.report(access.toAdminister(caller, code), month(month), grain, facility);
		return new ReportJson(report.agency().code(), report.facility() == null ? null : report.facility().id(),
				report.month().toString(), report.grain(), report.periods().stream().map(PeriodJson::of).toList(),
				PeriodJson.of(report.total()), WaitsJson.of(report.total().deliveryTimes()),
				WaitsJson.of(report.total().reviewWaits()));
	}

	@GetMapping("/agencies/{code}/commission-statements/{month}")
	@Operation(summary = "The month's commission statement beside the ledger's total, and whether they agree")
	AgencyReports.Statement statement(Caller caller, @PathVariable @Size(max = 32) String code,
			@PathVariable @Size(max = 7) @Pattern(regexp = "\\d{4}-\\d{2}") String month) {
		return reports.statement(access.toAdminister(caller, code), month(month));
	}

	@GetMapping(path = "/agencies/{code}/commission-statements/{month}.csv", produces = "text/csv")
	@Operation(summary = "The month's commission statement as a file")
	ResponseEntity<String> statementCsv(Caller caller, @PathVariable @Size(max = 32) String code,
			@PathVariable @Size(max = 7) @Pattern(regexp = "\\d{4}-\\d{2}") String month) {
		AgencyView agency = access.toAdminister(caller, code);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"commission-" + agency.code() + "-" + month + ".csv\"")
			.body(reports.statementCsv(reports.statement(agency, month(month))));
	}

	private static YearMonth month(String month) {
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "is not a month: write it as 2026-12");
		}
	}

	@PostMapping("/admin/reports/rebuild")
	@Operation(summary = "Recompute every daily rollup from the recorded events (platform operators)")
	RebuildJson rebuild(Caller caller) {
		caller.operator();
		return new RebuildJson(rollups.rebuild());
	}

	/**
	 * @param values each measure's value: a count, or an amount for those in money
	 */
	record PeriodJson(LocalDate from, LocalDate to, Map<String, Object> values) {

		static PeriodJson of(Period period) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (Measure measure : Measure.values()) {
				long value = measure.of(period);
				values.put(measure.name(), measure.money() ? Money.ofMinor(value, "USD") : value);
			}
			return new PeriodJson(period.start(), period.lastDay(), values);
		}

	}

	/**
	 * Waits in minutes: each the upper bound of its bucket; -1 for "more than a week".
	 */
	record WaitsJson(@Nullable Long medianMinutes, @Nullable Long p95Minutes) {

		static WaitsJson of(Waits waits) {
			return new WaitsJson(minutes(waits.median()), minutes(waits.p95()));
		}

		private static @Nullable Long minutes(@Nullable Duration wait) {
			return wait == null ? null : wait.isZero() ? -1L : wait.toMinutes();
		}

	}

	record ReportJson(String agency, @Nullable UUID facility, String month, Grain grain, List<PeriodJson> periods,
			PeriodJson total, WaitsJson deliveryTime, WaitsJson reviewWait) {
	}

	record RebuildJson(int sums) {
	}

}
