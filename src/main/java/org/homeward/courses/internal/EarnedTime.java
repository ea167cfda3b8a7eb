package org.homeward.courses.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.courses.CourseCompleted;
import org.homeward.courses.CreditStatus;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Earned time for completed programmes (the First Step Act's and California's milestone
 * credits): each agency's rule, the credit each completion earns under it (recorded once
 * per completion, from the event publication registry, capped by the month's maximum),
 * the monthly report per facility its records staff read, and their approval, audited
 * credit by credit and never twice.
 */
@Component
public class EarnedTime {

	/**
	 * An agency's rule: days per completed course, at most so many a month, the courses
	 * that count (none: all).
	 */
	public record Rule(int daysPerCourse, @Nullable Integer maxDaysPerMonth, List<String> courseCodes) {

		boolean counts(String code) {
			return courseCodes.isEmpty() || courseCodes.contains(code);
		}

	}

	/** A person's credits of a month: the courses completed and the days they earn. */
	public record Line(UUID inmate, String name, String inmateNumber, String facility, List<String> courses, int days,
			CreditStatus status) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EarnedTime(JdbcClient jdbc, Directory directory, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Optional<Rule> rule(TenantId agency) {
		return jdbc.sql("select * from courses.credit_rule where agency_id = :agency")
			.param("agency", agency.value())
			.query((rs, n) -> new Rule(rs.getInt("days_per_course"), (Integer) rs.getObject("max_days_per_month"),
					rs.getString("course_codes") == null ? List.of()
							: Arrays.stream(rs.getString("course_codes").split(","))
								.filter(c -> !c.isBlank())
								.toList()))
			.optional();
	}

	/**
	 * The agency's administrators set the rule, for completions from now on (audited).
	 */
	public Rule setRule(Caller admin, TenantId agency, Rule rule) {
		String codes = rule.courseCodes().isEmpty() ? null : String.join(",", rule.courseCodes());
		transactions.executeWithoutResult(status -> {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("agency", agency.value());
			values.put("days", rule.daysPerCourse());
			values.put("max", rule.maxDaysPerMonth());
			values.put("codes", codes);
			values.put("by", admin.accountId());
			values.put("at", clock.instant().atOffset(ZoneOffset.UTC));
			if (jdbc.sql("""
					update courses.credit_rule set days_per_course = :days, max_days_per_month = :max,
					       course_codes = :codes, updated_by = :by, updated_at = :at where agency_id = :agency""")
				.params(values)
				.update() == 0) {
				jdbc.sql("""
						insert into courses.credit_rule (agency_id, days_per_course, max_days_per_month, course_codes,
						       updated_by, updated_at) values (:agency, :days, :max, :codes, :by, :at)""")
					.params(values)
					.update();
			}
			audit
				.record(new AuditEntry(admin.accountId(), admin.displayName(), agency, "course.credit-rule.changed",
						agency.value().toString(), rule.daysPerCourse() + " days a course, at most "
								+ rule.maxDaysPerMonth() + " a month, courses " + (codes == null ? "all" : codes),
						null));
		});
		return rule(agency).orElseThrow();
	}

	/** A completion earns its credit, once, under the rule in force. */
	@ApplicationModuleListener(id = "courses.earn-credit")
	void on(CourseCompleted completed) {
		Optional<Rule> found = rule(completed.agency());
		if (found.isEmpty() || !found.get().counts(completed.courseCode())) {
			return;
		}
		Rule rule = found.get();
		LocalDate month = YearMonth.from(completed.completedAt().atZone(ZoneOffset.UTC)).atDay(1);
		transactions.executeWithoutResult(status -> {
			int earned = jdbc
				.sql("""
						select coalesce(sum(days), 0) from courses.credit where inmate_id = :inmate and credit_month = :month""")
				.param("inmate", completed.inmate())
				.param("month", month)
				.query(Integer.class)
				.single();
			int days = rule.maxDaysPerMonth() == null ? rule.daysPerCourse()
					: Math.max(0, Math.min(rule.daysPerCourse(), rule.maxDaysPerMonth() - earned));
			jdbc.sql(
					"""
							insert into courses.credit (enrolment_id, agency_id, facility_id, inmate_id, course_id, credit_month, days,
							       status, earned_at)
							select :enrolment, :agency, :facility, :inmate, :course, :month, :days, 'PENDING', :at
							 where not exists (select 1 from courses.credit where enrolment_id = :enrolment)""")
				.param("enrolment", completed.enrolment())
				.param("agency", completed.agency().value())
				.param("facility", completed.facility())
				.param("inmate", completed.inmate())
				.param("course", completed.course())
				.param("month", month)
				.param("days", days)
				.param("at", completed.completedAt().atOffset(ZoneOffset.UTC))
				.update();
		});
	}

	/**
	 * The month's credits at the agency (at one facility, when given), a line per person,
	 * for its administrators.
	 */
	public List<Line> report(Caller staff, TenantId agency, YearMonth month, @Nullable UUID facility) {
		records(staff, agency);
		Map<UUID, List<Object[]>> byInmate = new LinkedHashMap<>();
		jdbc.sql("""
				select cr.inmate_id, c.title, cr.days, cr.status from courses.credit cr
				  join courses.course c on c.id = cr.course_id
				 where cr.agency_id = :agency and cr.credit_month = :month
				   and (cast(:facility as uuid) is null or cr.facility_id = :facility)
				 order by cr.inmate_id, cr.earned_at""")
			.param("agency", agency.value())
			.param("month", month.atDay(1))
			.param("facility", facility)
			.query((rs, n) -> byInmate.computeIfAbsent(rs.getObject("inmate_id", UUID.class), k -> new ArrayList<>())
				.add(new Object[] { rs.getString("title"), rs.getInt("days"), rs.getString("status") }))
			.list();
		Map<UUID, InmateView> people = new HashMap<>();
		directory.inmates(byInmate.keySet()).forEach(inmate -> people.put(inmate.id(), inmate));
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<UUID, List<Object[]>> person : byInmate.entrySet()) {
			InmateView inmate = people.get(person.getKey());
			List<Object[]> credits = person.getValue();
			lines.add(new Line(person.getKey(), inmate == null ? "" : inmate.lastName() + ", " + inmate.firstName(),
					inmate == null ? "" : inmate.inmateNumber(), inmate == null ? "" : inmate.facility().name(),
					credits.stream().map(c -> (String) c[0]).toList(),
					credits.stream().mapToInt(c -> (Integer) c[1]).sum(),
					credits.stream().anyMatch(c -> "PENDING".equals(c[2])) ? CreditStatus.PENDING
							: CreditStatus.APPROVED));
		}
		lines.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
		return lines;
	}

	/** The month's report as CSV, for the records system. */
	public String csv(Caller staff, TenantId agency, YearMonth month, @Nullable UUID facility) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder()
					.setHeader("inmate_number", "name", "facility", "month", "courses", "days", "status")
					.get())) {
			for (Line line : report(staff, agency, month, facility)) {
				csv.printRecord(line.inmateNumber(), line.name(), line.facility(), month.toString(),
						String.join("; ", line.courses()), line.days(), line.status());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Approves the month's pending credits (at one facility, when given): each moves once
	 * and is audited.
	 * @return how many were approved by this call
	 */
	public int approve(Caller staff, TenantId agency, YearMonth month, @Nullable UUID facility) {
		records(staff, agency);
		Instant now = clock.instant();
		Integer approved = transactions.execute(status -> {
			List<Object[]> pending = jdbc.sql("""
					select enrolment_id, inmate_id, days from courses.credit
					 where agency_id = :agency and credit_month = :month and status = 'PENDING'
					   and (cast(:facility as uuid) is null or facility_id = :facility)""")
				.param("agency", agency.value())
				.param("month", month.atDay(1))
				.param("facility", facility)
				.query((rs,
						n) -> new Object[] { rs.getObject("enrolment_id", UUID.class),
								rs.getObject("inmate_id", UUID.class), rs.getInt("days") })
				.list();
			int count = 0;
			for (Object[] credit : pending) {
				int moved = jdbc.sql("""
						update courses.credit set status = 'APPROVED', approved_by = :by, approved_at = :at
						 where enrolment_id = :id and status in (:from)""")
					.param("by", staff.accountId())
					.param("at", now.atOffset(ZoneOffset.UTC))
					.param("id", credit[0])
					.param("from", CreditStatus.LIFECYCLE.sourceNamesOf(CreditStatus.APPROVED))
					.update();
				if (moved == 1) {
					count++;
					audit.record(new AuditEntry(staff.accountId(), staff.displayName(), agency,
							"course.credit.approved", credit[0].toString(),
							credit[2] + " days for inmate " + credit[1] + " (" + month + ")", null));
				}
			}
			return count;
		});
		return approved == null ? 0 : approved;
	}

	/** The agency's records staff: its administrators, or an operator. */
	private static void records(Caller staff, TenantId agency) {
		if (staff.isOperator()) {
			return;
		}
		if (!agency.equals(staff.staffAgency(Role.ADMINISTRATION))) {
			throw new org.homeward.shared.NotFoundException("agency");
		}
	}

	/** A month as the report names it, {@code 2026-12}. */
	public static YearMonth month(String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("month", "must be a month such as 2026-12");
		}
	}

}
