package org.homeward.deposits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored deposits and supervision payments. Row mappers only map. */
@Repository
public class DepositRecords {

	/**
	 * A deposit to an inmate ({@code kind} INMATE), or a payment for a person under supervision (SUPERVISION). Its
	 * {@code status} is PENDING, UNKNOWN (waiting for the answer of the card network), COMPLETED, DECLINED, REFUNDED
	 * or CHARGED_BACK.
	 */
	public record Deposit(UUID id, String kind, UUID accountId, @Nullable UUID inmateId, @Nullable UUID supervisionId,
			@Nullable String obligation, TenantId agency, Money amount, Money fee, Money commission, UUID paymentMethod,
			String key, String requestHash, String status, @Nullable String declineReason, @Nullable UUID recurringId,
			Instant createdAt, @Nullable Instant completedAt, @Nullable Instant reversedAt) {

		public Money total() {
			return amount.plus(fee);
		}

		/** The deposit as {@link DepositRecords#move} leaves it. */
		Deposit moved(String to, Instant at, @Nullable String reason) {
			return new Deposit(id, kind, accountId, inmateId, supervisionId, obligation, agency, amount, fee, commission,
					paymentMethod, key, requestHash, to, reason != null ? reason : declineReason, recurringId, createdAt,
					to.equals("COMPLETED") ? at : completedAt,
					to.equals("REFUNDED") || to.equals("CHARGED_BACK") ? at : reversedAt);
		}

	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	DepositRecords(JdbcClient jdbc, JdbcTemplate batch) {
		this.batch = batch;
		this.jdbc = jdbc;
	}

	/** Records a new deposit as PENDING, unless the sender used the key already. */
	boolean insert(Deposit d) {
		return jdbc.sql("""
				insert into deposits.deposit (id, kind, account_id, inmate_id, supervision_id, obligation, agency_id, amount_minor,
				                              fee_minor, commission_minor, currency, payment_method_id, idempotency_key,
				                              request_hash, status, recurring_id, created_at)
				values (:id, :kind, :account, :inmate, :supervision, :obligation, :agency, :amount, :fee, :commission, :currency,
				        :method, :key, :hash, 'PENDING', :recurring, :now)
				on conflict do nothing""")
			.param("id", d.id()).param("kind", d.kind()).param("account", d.accountId()).param("inmate", d.inmateId())
			.param("supervision", d.supervisionId()).param("obligation", d.obligation()).param("agency", d.agency().value())
			.param("amount", d.amount().minorUnits()).param("fee", d.fee().minorUnits())
			.param("commission", d.commission().minorUnits()).param("currency", d.amount().currency().getCurrencyCode())
			.param("method", d.paymentMethod()).param("key", d.key()).param("hash", d.requestHash())
			.param("recurring", d.recurringId()).param("now", utc(d.createdAt()))
			.update() == 1;
	}

	public Optional<Deposit> byId(UUID id) {
		return jdbc.sql("select * from deposits.deposit where id = :id").param("id", id).query(DepositRecords::deposit).optional();
	}

	Optional<Deposit> lock(UUID id) {
		return jdbc.sql("select * from deposits.deposit where id = :id for update").param("id", id)
			.query(DepositRecords::deposit).optional();
	}

	Optional<Deposit> byKey(UUID account, String key) {
		return jdbc.sql("select * from deposits.deposit where account_id = :account and idempotency_key = :key")
			.param("account", account).param("key", key).query(DepositRecords::deposit).optional();
	}

	/** The sender's deposits and payments, newest first. */
	public List<Deposit> of(UUID account, int limit) {
		return jdbc.sql("select * from deposits.deposit where account_id = :account order by created_at desc limit :limit")
			.param("account", account).param("limit", limit).query(DepositRecords::deposit).list();
	}

	/** Deposits whose card charge had no answer yet, older than {@code before}. */
	List<Deposit> unsettledBefore(Instant before, int limit) {
		return jdbc.sql("""
				select * from deposits.deposit where status in ('PENDING', 'UNKNOWN') and created_at < :before
				 order by created_at limit :limit""")
			.param("before", utc(before)).param("limit", limit).query(DepositRecords::deposit).list();
	}

	/**
	 * What counts against a limit from {@code firstDay} on: every deposit that is or may become money moved (pending,
	 * unknown, completed), from this sender or to this inmate, as kept per day by {@link #count}.
	 */
	/** What each owner sent or received: since {@code today} and since {@code firstDay} (both included). */
	record Totals(long today, long sinceFirstDay) {
	}

	Map<UUID, Totals> totals(List<UUID> owners, LocalDate today, LocalDate firstDay) {
		Map<UUID, Totals> totals = new HashMap<>();
		owners.forEach(owner -> totals.put(owner, new Totals(0, 0)));
		jdbc.sql("""
				select owner_id, coalesce(sum(case when on_day >= :today then amount_minor else 0 end), 0) as today_total,
				       coalesce(sum(amount_minor), 0) as total
				  from deposits.daily_total where owner_id in (:owners) and on_day >= :day group by owner_id""")
			.param("today", today).param("owners", owners).param("day", firstDay)
			.query(rs -> {
				totals.put(rs.getObject("owner_id", UUID.class), new Totals(rs.getLong("today_total"), rs.getLong("total")));
			});
		return totals;
	}

	/**
	 * Adds (or, for a declined deposit, takes back) an amount to each owner's total of the day. The day's rows stay
	 * locked until the transaction ends, taken in owner order: they are what concurrent deposits to the same person
	 * queue on. The first deposit of an owner's day makes the row under the owner's limit lock, so two first
	 * deposits do not both make it.
	 */
	void count(List<UUID> owners, LocalDate day, long amountMinor) {
		List<UUID> ordered = owners.stream().distinct().sorted().toList();
		String add = "update deposits.daily_total set amount_minor = amount_minor + ? where owner_id = ? and on_day = ?";
		int[] updated = batch.batchUpdate(add, ordered.stream().map(owner -> new Object[] { amountMinor, owner, day }).toList());
		List<UUID> missing = new java.util.ArrayList<>();
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
			jdbc.sql("insert into deposits.daily_total (owner_id, on_day, amount_minor) values (:owner, :day, 0) on conflict do nothing")
				.param("owner", owner).param("day", day).update();
			batch.update(add, amountMinor, owner, day);
		}
	}

	/**
	 * Adds the amount to each owner's total of the day, as {@link #count} does, but only where the owner stays within
	 * both limits with it (the day's total, and the total since {@code firstDay}): one statement per owner, in owner
	 * order, sent as one batch, so the limit check costs no round trip of its own while the day's row is locked.
	 * @return per owner (in the order given), whether it was counted; not counted when the day's row is missing or a
	 * limit would be passed
	 */
	boolean[] countWithinLimits(List<UUID> owners, LocalDate day, LocalDate firstDay, long amountMinor, long perDay,
			long sinceFirstDay) {
		List<UUID> ordered = owners.stream().distinct().sorted().toList();
		// the other days' rows do not grow while this one is locked: deposits count on the day they are made
		int[] updated = batch.batchUpdate("""
				update deposits.daily_total set amount_minor = amount_minor + ?
				 where owner_id = ? and on_day = ? and amount_minor + ? <= ?
				   and amount_minor + ? + (select coalesce(sum(earlier.amount_minor), 0) from deposits.daily_total earlier
				                            where earlier.owner_id = ? and earlier.on_day >= ? and earlier.on_day < ?) <= ?""",
				ordered.stream().map(owner -> new Object[] { amountMinor, owner, day, amountMinor, perDay, amountMinor, owner,
						firstDay, day, sinceFirstDay }).toList());
		boolean[] counted = new boolean[owners.size()];
		for (int i = 0; i < owners.size(); i++) {
			counted[i] = updated[ordered.indexOf(owners.get(i))] == 1;
		}
		return counted;
	}

	/** Moves a deposit from one of {@code from} to {@code to}; false when it was not in one of them. */
	boolean move(UUID id, List<String> from, String to, Instant at, @Nullable String reason) {
		String time = switch (to) {
			case "COMPLETED" -> ", completed_at = :at";
			case "REFUNDED", "CHARGED_BACK" -> ", reversed_at = :at";
			default -> "";
		};
		return jdbc.sql("update deposits.deposit set status = :to, decline_reason = coalesce(:reason, decline_reason)" + time
				+ " where id = :id and status in (:from)")
			.param("to", to).param("reason", reason).param("at", utc(at)).param("id", id).param("from", from).update() == 1;
	}

	/** Deposits of an agency completed or reversed from {@code from} (included) to {@code to} (excluded): the lines of a settlement file. */
	List<Deposit> settledBetween(TenantId agency, Instant from, Instant to) {
		return jdbc.sql("""
				select * from deposits.deposit where agency_id = :agency
				   and ((completed_at >= :from and completed_at < :to) or (reversed_at >= :from and reversed_at < :to))
				 order by completed_at, id""")
			.param("agency", agency.value()).param("from", utc(from)).param("to", utc(to)).query(DepositRecords::deposit).list();
	}

	/** Takes the row lock of an inmate's or sender's limits until the transaction ends. */
	/**
	 * Locks the owners' limit rows (made on first use) until the transaction ends, in one order whoever asks, so that
	 * two transactions never wait on each other the other way round.
	 */
	void lockLimits(UUID... owners) {
		List<UUID> ordered = java.util.Arrays.stream(owners).distinct().sorted().toList();
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
		return jdbc.sql("select owner_id from deposits.limit_lock where owner_id in (:owners) order by owner_id for update")
			.param("owners", ordered).query(UUID.class).list().size();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Deposit deposit(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		return new Deposit(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("account_id", UUID.class),
				rs.getObject("inmate_id", UUID.class), rs.getObject("supervision_id", UUID.class), rs.getString("obligation"),
				new TenantId(rs.getObject("agency_id", UUID.class)), Money.ofMinor(rs.getLong("amount_minor"), currency),
				Money.ofMinor(rs.getLong("fee_minor"), currency), Money.ofMinor(rs.getLong("commission_minor"), currency),
				rs.getObject("payment_method_id", UUID.class), rs.getString("idempotency_key"), rs.getString("request_hash"),
				rs.getString("status"), rs.getString("decline_reason"), rs.getObject("recurring_id", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), instant(rs, "completed_at"), instant(rs, "reversed_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
