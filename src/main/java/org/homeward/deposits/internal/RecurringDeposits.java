package org.homeward.deposits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Recurring deposits, such as $25 on the 1st of each month: each run is an ordinary
 * deposit keyed by the plan and the day, so a run repeated after a crash charges nothing
 * more. A refused run is tried again the next day, at most
 * {@code homeward.deposits.recurring-attempts} times, then the plan pauses; the family is
 * told each time.
 */
@Service
public class RecurringDeposits {

	private static final Logger log = LoggerFactory.getLogger(RecurringDeposits.class);

	/** A plan as its family sees it. */
	public record Plan(UUID id, UUID accountId, UUID inmateId, Money amount, UUID paymentMethod, int dayOfMonth,
			String status, LocalDate nextRun, int failures) {
	}

	private final JdbcClient jdbc;

	private final Deposits deposits;

	private final Members members;

	private final Mailer mailer;

	private final Clock clock;

	private final int attempts;

	RecurringDeposits(JdbcClient jdbc, Deposits deposits, Members members, Mailer mailer, Clock clock,
			@Value("${homeward.deposits.recurring-attempts:3}") int attempts) {
		this.jdbc = jdbc;
		this.deposits = deposits;
		this.members = members;
		this.mailer = mailer;
		this.clock = clock;
		this.attempts = attempts;
	}

	/**
	 * Sets up a plan; the first run is the next {@code dayOfMonth} (today if it is that
	 * day).
	 * @throws BusinessRuleException when such a deposit could not be made now (the quote
	 * checks contract and amount)
	 */
	public Plan create(UUID account, UUID inmate, Money amount, UUID paymentMethod, int dayOfMonth) {
		if (dayOfMonth < 1 || dayOfMonth > 28) {
			throw new InvalidInputException("dayOfMonth", "must be 1 to 28 (so that every month has it)");
		}
		deposits.quote(inmate, amount);
		deposits.ownCard(account, paymentMethod);
		UUID id = Ids.next();
		jdbc.sql(
				"""
						insert into deposits.recurring (id, account_id, inmate_id, amount_minor, currency, payment_method_id, day_of_month,
						                                status, next_run, failures, created_at)
						values (:id, :account, :inmate, :amount, :currency, :method, :day, 'ACTIVE', :next, 0, :now)""")
			.param("id", id)
			.param("account", account)
			.param("inmate", inmate)
			.param("amount", amount.minorUnits())
			.param("currency", amount.currency().getCurrencyCode())
			.param("method", paymentMethod)
			.param("day", dayOfMonth)
			.param("next", nextOccurrence(today(), dayOfMonth, true))
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		return plan(account, id);
	}

	public List<Plan> of(UUID account) {
		return jdbc.sql(
				"select * from deposits.recurring where account_id = :account and status <> 'CANCELLED' order by created_at")
			.param("account", account)
			.query(RecurringDeposits::row)
			.list();
	}

	/**
	 * Pauses, resumes (from the next due day, with a fresh count of attempts) or cancels
	 * the member's plan.
	 */
	public Plan change(UUID account, UUID id, String status) {
		Plan plan = plan(account, id);
		if (plan.status().equals("CANCELLED")) {
			throw new NotFoundException("recurring deposit");
		}
		LocalDate next = status.equals("ACTIVE") ? nextOccurrence(today(), plan.dayOfMonth(), true) : plan.nextRun();
		jdbc.sql("update deposits.recurring set status = :status, next_run = :next, failures = 0 where id = :id")
			.param("status", status)
			.param("next", next)
			.param("id", id)
			.update();
		return plan(account, id);
	}

	/** The schedule's turn: the due plans, run by one Homeward at a time. */
	@Scheduled(fixedDelayString = "${homeward.deposits.recurring-every:15m}",
			initialDelayString = "${homeward.deposits.recurring-initial-delay:1m}")
	@SchedulerLock(name = "deposits.recurring")
	void runDueOnSchedule() {
		runDue();
	}

	/** Makes the deposits of the plans due today (and of earlier days not yet made). */
	public void runDue() {
		List<Plan> due = jdbc.sql(
				"select * from deposits.recurring where status = 'ACTIVE' and next_run <= :today order by next_run limit 200")
			.param("today", today())
			.query(RecurringDeposits::row)
			.list();
		for (Plan plan : due) {
			try {
				run(plan);
			}
			catch (RuntimeException ex) {
				log.warn("Recurring deposit {} could not run: {}", plan.id(), ex.getMessage());
			}
		}
	}

	private void run(Plan plan) {
		String reason;
		try {
			Deposits.Outcome outcome = deposits.sendToInmate(plan.accountId(),
					"recurring:" + plan.id() + ":" + plan.nextRun(), plan.inmateId(), plan.amount(),
					plan.paymentMethod(), plan.id());
			if (outcome instanceof Deposits.Outcome.Completed) {
				advance(plan, nextOccurrence(plan.nextRun(), plan.dayOfMonth(), false), 0, "ACTIVE");
				return;
			}
			if (outcome instanceof Deposits.Outcome.Processing) {
				return;
			}
			reason = ((Deposits.Outcome.Declined) outcome).reason();
		}
		catch (BusinessRuleException | InvalidInputException refused) {
			reason = refused.getMessage();
		}
		int failures = plan.failures() + 1;
		boolean pause = failures >= attempts;
		// the next try is a new run of its own (another key), tomorrow
		advance(plan, pause ? plan.nextRun() : today().plusDays(1), failures, pause ? "PAUSED" : "ACTIVE");
		String why = reason;
		members.member(plan.accountId())
			.filter(Members.Member::active)
			.ifPresent(member -> mailer.send(new Email(member.email(), "recurring-deposit-failed", member.language(),
					Map.of("name", member.displayName(), "to", deposits.recipientOfInmate(plan.inmateId()), "amount",
							plan.amount().toDisplayString(), "reason", why, "paused", pause, "path", "/deposits"))));
	}

	private void advance(Plan plan, LocalDate next, int failures, String status) {
		jdbc.sql(
				"update deposits.recurring set next_run = :next, failures = :failures, status = :status where id = :id")
			.param("next", next)
			.param("failures", failures)
			.param("status", status)
			.param("id", plan.id())
			.update();
	}

	private Plan plan(UUID account, UUID id) {
		return jdbc.sql("select * from deposits.recurring where id = :id and account_id = :account")
			.param("id", id)
			.param("account", account)
			.query(RecurringDeposits::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("recurring deposit"));
	}

	/** The first {@code day} of a month on or after (or strictly after) {@code from}. */
	static LocalDate nextOccurrence(LocalDate from, int day, boolean includingFrom) {
		LocalDate candidate = from.withDayOfMonth(day);
		if (candidate.isBefore(from) || (!includingFrom && !candidate.isAfter(from))) {
			candidate = candidate.plusMonths(1);
		}
		return candidate;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	private static Plan row(ResultSet rs, int n) throws SQLException {
		return new Plan(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getObject("inmate_id", UUID.class),
				Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
				rs.getObject("payment_method_id", UUID.class), rs.getInt("day_of_month"), rs.getString("status"),
				rs.getObject("next_run", LocalDate.class), rs.getInt("failures"));
	}

}
