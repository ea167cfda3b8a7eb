package org.homeward.reports.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An agency's reports, read from the daily sums alone (however many messages and deposits
 * they count, a month is at most a few thousand rows): volumes by day, week or month, per
 * facility or for the whole agency, the times from sending to delivery and from hold to
 * decision, and the monthly commission statement beside the ledger's own total.
 */
@Component
public class AgencyReports {

	/** How a report's rows are cut. */
	public enum Grain {

		/** Each day of the month. */
		DAY,
		/** Each week (from Monday) of the month. */
		WEEK,
		/** Each of the twelve months up to this one. */
		MONTH

	}

	/** One row: the sums from {@code start} until before {@code end}. */
	public record Period(LocalDate start, LocalDate end, Map<String, long[]> sums) implements Measure.Values {

		@Override
		public long quantity(Metric metric) {
			long[] sum = sums.get(metric.name());
			return sum == null ? 0 : sum[0];
		}

		@Override
		public long amount(Metric metric) {
			long[] sum = sums.get(metric.name());
			return sum == null ? 0 : sum[1];
		}

		public long value(Measure measure) {
			return measure.of(this);
		}

		/** A latency's counts, by bucket metric. */
		Map<String, Long> counts(Latency latency) {
			Map<String, Long> counts = new HashMap<>();
			sums.forEach((metric, sum) -> {
				if (latency.names(metric)) {
					counts.put(metric, sum[0]);
				}
			});
			return counts;
		}

		/** The median and 95th percentile of a latency in this period. */
		public Waits waits(Latency latency) {
			Map<String, Long> counts = counts(latency);
			return new Waits(latency.percentile(counts, 0.5), latency.percentile(counts, 0.95));
		}

		public Waits deliveryTimes() {
			return waits(Latency.DELIVERY);
		}

		public Waits reviewWaits() {
			return waits(Latency.REVIEW);
		}

		/** The month's or the week's own last day (for labels). */
		public LocalDate lastDay() {
			return end.minusDays(1);
		}

	}

	/**
	 * A median and a 95th percentile, each the upper bound of its bucket; {@literal null}
	 * when nothing was counted, zero for "more than a week".
	 */
	public record Waits(@Nullable Duration median, @Nullable Duration p95) {
	}

	/** What an agency's (or one facility's) numbers were over a month or a year. */
	public record Report(AgencyView agency, @Nullable FacilityView facility, List<FacilityView> facilities,
			YearMonth month, Grain grain, LocalDate from, LocalDate to, List<Period> periods, Period total) {
	}

	/** A line of the commission statement. */
	public record StatementLine(String labelKey, long count, Money commission) {
	}

	/**
	 * The commission the agency earned in a month: by service from the reports, beside
	 * the ledger's movements on the agency's commission account; {@code agrees} when they
	 * are equal to the cent.
	 */
	public record Statement(AgencyView agency, YearMonth month, List<StatementLine> lines, Money total,
			Map<String, Money> ledger, Money ledgerTotal, boolean agrees) {
	}

	private final Rollups rollups;

	private final Directory directory;

	private final Ledger books;

	AgencyReports(Rollups rollups, Directory directory, Ledger books) {
		this.rollups = rollups;
		this.directory = directory;
		this.books = books;
	}

	/**
	 * The agency's report for a month (by day or week) or for the twelve months to it.
	 * @throws NotFoundException for a facility not of this agency
	 */
	public Report report(AgencyView agency, YearMonth month, Grain grain, @Nullable UUID facilityId) {
		List<FacilityView> facilities = directory.facilities(agency.id());
		FacilityView facility = null;
		if (facilityId != null) {
			facility = facilities.stream()
				.filter(f -> f.id().equals(facilityId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("facility"));
		}
		LocalDate from = grain == Grain.MONTH ? month.minusMonths(11).atDay(1) : month.atDay(1);
		LocalDate to = month.plusMonths(1).atDay(1);
		Map<LocalDate, Period> periods = new LinkedHashMap<>();
		for (LocalDate start = from; start.isBefore(to);) {
			LocalDate end = switch (grain) {
				case DAY -> start.plusDays(1);
				case WEEK -> min(start.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), to);
				case MONTH -> start.plusMonths(1);
			};
			periods.put(start, new Period(start, end, new HashMap<>()));
			start = end;
		}
		Map<String, long[]> total = new HashMap<>();
		List<LocalDate> starts = new ArrayList<>(periods.keySet());
		for (Rollups.Daily day : rollups.days(agency.id(), facilityId, from, to)) {
			Period period = periods.get(startOf(starts, day.day()));
			add(period.sums(), day);
			add(total, day);
		}
		return new Report(agency, facility, facilities, month, grain, from, to, List.copyOf(periods.values()),
				new Period(from, to, total));
	}

	/** Each agency's month side by side, for the platform operator. */
	public Map<AgencyView, Period> everyAgency(YearMonth month) {
		Map<AgencyView, Period> agencies = new LinkedHashMap<>();
		for (AgencyView agency : directory.agencies()) {
			agencies.put(agency, report(agency, month, Grain.DAY, null).total());
		}
		return agencies;
	}

	/** The month's commission statement, reconciled with the ledger. */
	public Statement statement(AgencyView agency, YearMonth month) {
		Period total = report(agency, month, Grain.DAY, null).total();
		List<StatementLine> lines = List.of(
				new StatementLine("reports.statement.deposits", Measure.DEPOSITS.of(total),
						usd(Measure.COMMISSION_DEPOSITS.of(total))),
				new StatementLine("reports.statement.store",
						Measure.MEDIA_SOLD.of(total) + Measure.TABLETS_SOLD.of(total),
						usd(Measure.COMMISSION_STORE.of(total))));
		Map<String, Money> ledger = new LinkedHashMap<>();
		long ledgerTotal = 0;
		for (var movement : books
			.movementsByEntryKind(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, agency.id().value()),
					month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
					month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
			.entrySet()) {
			ledger.put(movement.getKey(), usd(movement.getValue()));
			ledgerTotal += movement.getValue();
		}
		long reported = Measure.COMMISSION.of(total);
		return new Statement(agency, month, lines, usd(reported), ledger, usd(ledgerTotal), reported == ledgerTotal);
	}

	/** The statement as a file: one line per service, then the ledger's total. */
	public String statementCsv(Statement statement) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("agency", "month", "service", "count", "commission")
			.get()
			.print(out)) {
			String agency = statement.agency().code();
			String month = statement.month().toString();
			for (StatementLine line : statement.lines()) {
				csv.printRecord(agency, month, line.labelKey().substring("reports.statement.".length()), line.count(),
						line.commission().toDecimalString());
			}
			csv.printRecord(agency, month, "total", "", statement.total().toDecimalString());
			csv.printRecord(agency, month, "ledger", "", statement.ledgerTotal().toDecimalString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The report's rows as a file: one line per period, one column per measure. */
	public String csv(Report report) {
		StringWriter out = new StringWriter();
		List<String> header = new ArrayList<>(List.of("agency", "facility", "from", "to"));
		for (Measure measure : Measure.values()) {
			header.add(measure.name().toLowerCase(java.util.Locale.ROOT));
		}
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
			for (Period period : report.periods()) {
				List<Object> row = new ArrayList<>(List.of(report.agency().code(),
						report.facility() == null ? "" : report.facility().name(), period.start(), period.lastDay()));
				for (Measure measure : Measure.values()) {
					long value = measure.of(period);
					row.add(measure.money() ? usd(value).toDecimalString() : value);
				}
				csv.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static Money usd(long minor) {
		return Money.ofMinor(minor, "USD");
	}

	private static void add(Map<String, long[]> sums, Rollups.Daily day) {
		long[] sum = sums.computeIfAbsent(day.metric(), m -> new long[2]);
		sum[0] += day.quantity();
		sum[1] += day.amountMinor();
	}

	private static LocalDate startOf(List<LocalDate> starts, LocalDate day) {
		LocalDate found = starts.get(0);
		for (LocalDate start : starts) {
			if (start.isAfter(day)) {
				break;
			}
			found = start;
		}
		return found;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
