package org.homeward.deposits.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each sender sent and each inmate received per (UTC) day, the totals the contract's
 * limits are checked against, and the limit locks that deposits, refunds and stamp
 * purchases from an inmate's balance take in owner order.
 */
@Repository
class DailyTotals {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	DailyTotals(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * What each owner sent or received: since {@code today} and since {@code firstDay}
	 * (both included).
	 */
	record Totals(long today, long sinceFirstDay) {
	}

	/**
	 * What counts against a limit from {@code firstDay} on: every deposit that is or may
	 * become money moved (pending, unknown, completed), from this sender or to this
	 * inmate, as kept per day by {@link #count}.
	 */
	Map<UUID, Totals> totals(List<UUID> owners, LocalDate today, LocalDate firstDay) {
		Map<UUID, Totals> totals = new HashMap<>();
		owners.forEach(owner -> totals.put(owner, new Totals(0, 0)));
		jdbc.sql(
				"""
						select owner_id, coalesce(sum(case when on_day >= :today then amount_minor else 0 end), 0) as today_total,
						       coalesce(sum(amount_minor), 0) as total
						  from deposits.daily_total where owner_id in (:owners) and on_day >= :day group by owner_id""")
			.param("today", today)
			.param("owners", owners)
			.param("day", firstDay)
			.query(rs -> {
				totals.put(rs.getObject("owner_id", UUID.class),
						new Totals(rs.getLong("today_total"), rs.getLong("total")));
			});
		return totals;
	}

	/**
	 * Adds (or, for a declined deposit, takes back) an amount to each owner's total of
	 * the day. The day's rows stay locked until the transaction ends, taken in owner
	 * order: they are what concurrent deposits to the same person queue on. The first
	 * deposit of an owner's day makes the row under the owner's limit lock, so two first
	 * deposits do not both make it.
	 */
	void count(List<UUID> owners, LocalDate day, long amountMinor) {
		List<UUID> ordered = owners.stream().distinct().sorted().toList();
		String add = "update deposits.daily_total set amount_minor = amount_minor + ? where owner_id = ? and on_day = ?";
		int[] updated = batch.batchUpdate(add,
				ordered.stream().map(owner -> new Object[] { amountMinor, owner, day }).toList());
		List<UUID> missing = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			if (updated[i] == 0) {
				missing.add(ordered.get(i));
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		lockLimits(missing.toArray(UUID[]::new));
		for (UUID owner : missing) {
			jdbc.sql(
					"insert into deposits.daily_total (owner_id, on_day, amount_minor) values (:owner, :day, 0) on conflict do nothing")
				.param("owner", owner)
				.param("day", day)
				.update();
			batch.update(add, amountMinor, owner, day);
		}
	}

	/**
	 * Adds the amount to each owner's total of the day, as {@link #count} does, but only
	 * where the owner stays within both limits with it (the day's total, and the total
	 * since {@code firstDay}): one statement per owner, in owner order, sent as one
	 * batch, so the limit check costs no round trip of its own while the day's row is
	 * locked.
	 * @return per owner (in the order given), whether it was counted; not counted when
	 * the day's row is missing or a limit would be passed
	 */
	boolean[] countWithinLimits(List<UUID> owners, LocalDate day, LocalDate firstDay, long amountMinor, long perDay,
			long sinceFirstDay) {
		List<UUID> ordered = owners.stream().distinct().sorted().toList();
		// the other days' rows do not grow while this one is locked (deposits count on
		// the day they are made), but
		// across midnight UTC, as with the plain count and query, one still in flight on
		// the old day is not seen
		int[] updated = batch.batchUpdate(
				"""
						update deposits.daily_total set amount_minor = amount_minor + ?
						 where owner_id = ? and on_day = ? and amount_minor + ? <= ?
						   and amount_minor + ? + (select coalesce(sum(earlier.amount_minor), 0) from deposits.daily_total earlier
						                            where earlier.owner_id = ? and earlier.on_day >= ? and earlier.on_day < ?) <= ?""",
				ordered.stream()
					.map(owner -> new Object[] { amountMinor, owner, day, amountMinor, perDay, amountMinor, owner,
							firstDay, day, sinceFirstDay })
					.toList());
		boolean[] counted = new boolean[owners.size()];
		for (int i = 0; i < owners.size(); i++) {
			counted[i] = updated[ordered.indexOf(owners.get(i))] == 1;
		}
		return counted;
	}

	/**
	 * Locks the owners' limit rows (made on first use) until the transaction ends, in one
	 * order whoever asks, so that two transactions never wait on each other the other way
	 * round.
	 */
	void lockLimits(UUID... owners) {
		List<UUID> ordered = Arrays.stream(owners).distinct().sorted().toList();
		if (lock(ordered) == ordered.size()) {
			return;
		}
		StringBuilder insert = new StringBuilder("insert into deposits.limit_lock (owner_id) values ");
		for (int i = 0; i < ordered.size(); i++) {
			insert.append(i == 0 ? "(?)" : ", (?)");
		}
		jdbc.sql(insert + " on conflict do nothing").params(ordered).update();
		lock(ordered);
	}

	private int lock(List<UUID> ordered) {
		return jdbc
			.sql("select owner_id from deposits.limit_lock where owner_id in (:owners) order by owner_id for update")
			.param("owners", ordered)
			.query(UUID.class)
			.list()
			.size();
	}

}
