package org.homeward.deposits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contracts.FeeChannel;
import org.homeward.deposits.DepositStatus;
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
	 * A deposit to an inmate ({@code kind} INMATE), or a payment for a person under
	 * supervision (SUPERVISION). Its {@code status} is PENDING, UNKNOWN (waiting for the
	 * answer of the card network), COMPLETED, DECLINED, REFUNDED or CHARGED_BACK.
	 *
	 * @param channel ONLINE (the family) or PHONE (a support agent, {@code agentId}, for
	 * the family)
	 */
	public record Deposit(UUID id, String kind, UUID accountId, @Nullable UUID inmateId, @Nullable UUID supervisionId,
			@Nullable String obligation, TenantId agency, Money amount, Money fee, Money commission, UUID paymentMethod,
			String key, String requestHash, String status, @Nullable String declineReason, @Nullable UUID recurringId,
			Instant createdAt, @Nullable Instant completedAt, @Nullable Instant reversedAt, FeeChannel channel,
			@Nullable UUID agentId) {

		public Money total() {
			return amount.plus(fee);
		}

		/** The deposit as {@link DepositRecords#move} leaves it. */
		Deposit moved(String to, Instant at, @Nullable String reason) {
			return new Deposit(id, kind, accountId, inmateId, supervisionId, obligation, agency, amount, fee,
					commission, paymentMethod, key, requestHash, to, reason != null ? reason : declineReason,
					recurringId, createdAt, to.equals("COMPLETED") ? at : completedAt,
					to.equals("REFUNDED") || to.equals("CHARGED_BACK") ? at : reversedAt, channel, agentId);
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
		return jdbc
			.sql("""
					insert into deposits.deposit (id, kind, account_id, inmate_id, supervision_id, obligation, agency_id, amount_minor,
					                              fee_minor, commission_minor, currency, payment_method_id, idempotency_key,
					                              request_hash, status, recurring_id, created_at, channel, agent_id)
					values (:id, :kind, :account, :inmate, :supervision, :obligation, :agency, :amount, :fee, :commission, :currency,
					        :method, :key, :hash, 'PENDING', :recurring, :now, :channel, :agent)
					on conflict do nothing""")
			.param("id", d.id())
			.param("kind", d.kind())
			.param("account", d.accountId())
			.param("inmate", d.inmateId())
			.param("supervision", d.supervisionId())
			.param("obligation", d.obligation())
			.param("agency", d.agency().value())
			.param("amount", d.amount().minorUnits())
			.param("fee", d.fee().minorUnits())
			.param("commission", d.commission().minorUnits())
			.param("currency", d.amount().currency().getCurrencyCode())
			.param("method", d.paymentMethod())
			.param("key", d.key())
			.param("hash", d.requestHash())
			.param("recurring", d.recurringId())
			.param("now", utc(d.createdAt()))
			.param("channel", d.channel().name())
			.param("agent", d.agentId())
			.update() == 1;
	}

	public Optional<Deposit> byId(UUID id) {
		return jdbc.sql("select * from deposits.deposit where id = :id")
			.param("id", id)
			.query(DepositRecords::deposit)
			.optional();
	}

	Optional<Deposit> lock(UUID id) {
		return jdbc.sql("select * from deposits.deposit where id = :id for update")
			.param("id", id)
			.query(DepositRecords::deposit)
			.optional();
	}

	Optional<Deposit> byKey(UUID account, String key) {
		return jdbc.sql("select * from deposits.deposit where account_id = :account and idempotency_key = :key")
			.param("account", account)
			.param("key", key)
			.query(DepositRecords::deposit)
			.optional();
	}

	/** The sender's deposits and payments, newest first. */
	public List<Deposit> of(UUID account, int limit) {
		return jdbc
			.sql("select * from deposits.deposit where account_id = :account order by created_at desc limit :limit")
			.param("account", account)
			.param("limit", limit)
			.query(DepositRecords::deposit)
			.list();
	}

	/** The completed card deposits to an inmate, newest first. */
	List<Deposit> completedTo(UUID inmate) {
		return jdbc.sql(
				"select * from deposits.deposit where inmate_id = :inmate and status = 'COMPLETED' order by completed_at desc, id")
			.param("inmate", inmate)
			.query(DepositRecords::deposit)
			.list();
	}

	/**
	 * Deposits whose card charge had no answer yet, made (or last looked at by the
	 * reconciler) before {@code before}, the longest-waiting first.
	 */
	List<Deposit> unsettledBefore(Instant before, int limit) {
		return jdbc
			.sql("""
					select * from deposits.deposit where status in ('PENDING', 'UNKNOWN') and coalesce(checked_at, created_at) < :before
					 order by coalesce(checked_at, created_at) limit :limit""")
			.param("before", utc(before))
			.param("limit", limit)
			.query(DepositRecords::deposit)
			.list();
	}

	/**
	 * Notes that the reconciler looked at a deposit it could not settle yet: it goes to
	 * the back of the queue.
	 */
	void checked(UUID id, Instant at) {
		jdbc.sql("update deposits.deposit set checked_at = :at where id = :id")
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	/**
	 * Moves a deposit to {@code to} from whichever state its lifecycle allows that move
	 * from.
	 * @return false when it was in none of them (another request or the reconciler moved
	 * it first)
	 */
	boolean move(UUID id, DepositStatus to, Instant at, @Nullable String reason) {
		String time = switch (to) {
			case COMPLETED -> ", completed_at = :at";
			case REFUNDED, CHARGED_BACK -> ", reversed_at = :at";
			default -> "";
		};
		return jdbc
			.sql("update deposits.deposit set status = :to, decline_reason = coalesce(:reason, decline_reason)" + time
					+ " where id = :id and status in (:from)")
			.param("to", to.name())
			.param("reason", reason)
			.param("at", utc(at))
			.param("id", id)
			.param("from", DepositStatus.LIFECYCLE.sourceNamesOf(to))
			.update() == 1;
	}

	/**
	 * Deposits of an agency completed or reversed from {@code from} (included) to
	 * {@code to} (excluded): the lines of a settlement file.
	 */
	List<Deposit> settledBetween(TenantId agency, Instant from, Instant to) {
		return jdbc.sql("""
				select * from deposits.deposit where agency_id = :agency
				   and ((completed_at >= :from and completed_at < :to) or (reversed_at >= :from and reversed_at < :to))
				 order by completed_at, id""")
			.param("agency", agency.value())
			.param("from", utc(from))
			.param("to", utc(to))
			.query(DepositRecords::deposit)
			.list();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Deposit deposit(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		return new Deposit(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("account_id", UUID.class),
				rs.getObject("inmate_id", UUID.class), rs.getObject("supervision_id", UUID.class),
				rs.getString("obligation"), new TenantId(rs.getObject("agency_id", UUID.class)),
				Money.ofMinor(rs.getLong("amount_minor"), currency), Money.ofMinor(rs.getLong("fee_minor"), currency),
				Money.ofMinor(rs.getLong("commission_minor"), currency), rs.getObject("payment_method_id", UUID.class),
				rs.getString("idempotency_key"), rs.getString("request_hash"), rs.getString("status"),
				rs.getString("decline_reason"), rs.getObject("recurring_id", UUID.class),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), instant(rs, "completed_at"),
				instant(rs, "reversed_at"), FeeChannel.valueOf(rs.getString("channel")),
				rs.getObject("agent_id", UUID.class));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
