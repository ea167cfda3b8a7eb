package org.homeward.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contracts.Contracts;
import org.homeward.contracts.MessagePricing;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terminal's meter, where the inmate pays for messaging by the minute: a session (a
 * kiosk page session, or a tablet's token) is charged a minute for each minute it has
 * entered, from the inmate's minutes in the ledger, whenever it reads or writes messages
 * (and every few seconds from the page's counter while it is open). When the minutes run
 * out the session's messaging stops; drafts were saved as they were typed.
 */
@Component
public class TerminalMeter {

	/** The minutes left from which the counter warns that time is nearly up. */
	public static final int WARN_AT = 5;

	/**
	 * Where a metered session stands.
	 *
	 * @param minutesLeft the inmate's minutes not yet used
	 * @param paidUntil the end of the minute already paid for
	 * @param ranOut whether the session needed a minute the inmate did not have
	 */
	public record Reading(long minutesLeft, Instant paidUntil, boolean ranOut) {

		public boolean warning() {
			return minutesLeft < WARN_AT;
		}

	}

	/** A past session, for the inmate's statement of terminal time. */
	public record Session(Instant startedAt, int minutes, @Nullable Instant ranOutAt) {
	}

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Directory directory;

	private final Contracts contracts;

	private final Clock clock;

	TerminalMeter(JdbcClient jdbc, Ledger ledger, Directory directory, Contracts contracts, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.directory = directory;
		this.contracts = contracts;
		this.clock = clock;
	}

	/**
	 * Charges the session for the minutes it has entered since it was last charged.
	 * @return empty where the inmate does not pay by the minute
	 */
	@Transactional
	public Optional<Reading> charge(UUID inmate, String meterKey) {
		InmateView who = directory.inmate(inmate).orElse(null);
		if (who == null || !metered(who)) {
			return Optional.empty();
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql(
				"""
						insert into messaging.terminal_session (meter_key, inmate_id, agency_id, started_at, charged_until, minutes)
						select :key, :inmate, :agency, :now, :now, 0
						 where not exists (select 1 from messaging.terminal_session where meter_key = :key)""")
			.param("key", meterKey)
			.param("inmate", inmate)
			.param("agency", who.agency().id().value())
			.param("now", utc(now))
			.update();
		var row = jdbc.sql("""
				select charged_until, minutes from messaging.terminal_session
				 where meter_key = :key and inmate_id = :inmate for update""")
			.param("key", meterKey)
			.param("inmate", inmate)
			.query((rs, n) -> new Charged(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2)))
			.single();
		Instant paidUntil = row.until();
		int used = row.minutes();
		AccountKey minutes = TerminalMinutes.minutes(who, inmate);
		long left = ledger.balance(minutes);
		long owed = now.isBefore(paidUntil) ? 0 : Duration.between(paidUntil, now).toMinutes() + 1;
		long take = Math.min(owed, left);
		if (take > 0) {
			ledger.post(
					new PostEntry("terminal:" + meterKey + ":" + used, "terminal-time",
							take + (take == 1 ? " minute" : " minutes") + " at the terminal", List
								.of(new Line(minutes, -take),
										new Line(
												new AccountKey(AccountKind.MINUTES_ISSUED,
														Unit.minutes(who.agency().id()), who.agency().id().value()),
												take))));
			paidUntil = paidUntil.plus(Duration.ofMinutes(take));
		}
		boolean ranOut = take < owed;
		jdbc.sql("""
				update messaging.terminal_session set charged_until = :until, minutes = minutes + :take,
				       ran_out_at = case when :ranOut then coalesce(ran_out_at, :now) else ran_out_at end
				 where meter_key = :key""")
			.param("until", utc(paidUntil))
			.param("take", (int) take)
			.param("ranOut", ranOut)
			.param("now", utc(now))
			.param("key", meterKey)
			.update();
		return Optional.of(new Reading(left - take, paidUntil, ranOut));
	}

	/** The inmate's sessions of terminal time, newest first. */
	public List<Session> sessions(UUID inmate, int limit) {
		return jdbc.sql("""
				select started_at, minutes, ran_out_at from messaging.terminal_session
				 where inmate_id = :inmate and minutes > 0 order by started_at desc limit :limit""")
			.param("inmate", inmate)
			.param("limit", limit)
			.query((rs, n) -> new Session(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2),
					rs.getObject(3, OffsetDateTime.class) == null ? null
							: rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	private boolean metered(InmateView who) {
		return contracts.contractOf(who.agency().id())
			.map(c -> c.priceBook().messagePricing() == MessagePricing.INMATE_TIME)
			.orElse(false);
	}

	/** A session's meter as stored: paid until when, and how many minutes so far. */
	private record Charged(Instant until, int minutes) {
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
