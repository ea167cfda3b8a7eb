package org.homeward.stamps.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contracts.StampBundle;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.homeward.stamps.PurchaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored stamp purchases. */
@Repository
class PurchaseRecords {

	/** A purchase as stored. */
	record Purchase(UUID id, UUID account, String key, String requestHash, TenantId agency, int stamps, Money price,
			String status, String declineReason, long balanceAfter, Instant createdAt) {
	}

	private static final String SELECT = "select * from stamps.purchase ";

	private final JdbcClient jdbc;

	private final Clock clock;

	PurchaseRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Purchase> byKey(UUID account, String key) {
		return jdbc.sql(SELECT + "where account_id = :account and idempotency_key = :key")
			.param("account", account)
			.param("key", key)
			.query((rs, n) -> purchase(rs))
			.optional();
	}

	Optional<Purchase> byId(UUID id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query((rs, n) -> purchase(rs)).optional();
	}

	List<Purchase> of(UUID account, int limit) {
		return jdbc.sql(SELECT + "where account_id = :account order by created_at desc limit :limit")
			.param("account", account)
			.param("limit", limit)
			.query((rs, n) -> purchase(rs))
			.list();
	}

	/**
	 * Purchases still waiting for their charge's answer, made (or last looked at) before
	 * {@code cutoff}, longest-waiting first.
	 */
	List<Purchase> unsettledBefore(Instant cutoff, int limit) {
		return jdbc.sql(SELECT + """
				where status in ('PENDING', 'UNKNOWN') and coalesce(checked_at, created_at) < :cutoff
				order by coalesce(checked_at, created_at) limit :limit""")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> purchase(rs))
			.list();
	}

	/**
	 * Notes that the reconciler looked at a purchase it could not settle yet: it goes to
	 * the back of the queue.
	 */
	void checked(UUID id) {
		jdbc.sql("update stamps.purchase set checked_at = :now where id = :id")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	/**
	 * @return the new pending purchase; empty when one with this key exists already
	 * (another request got there first)
	 */
	Optional<Purchase> insert(UUID id, UUID account, String key, String hash, TenantId agency, StampBundle bundle,
			UUID method) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		boolean inserted = jdbc
			.sql("""
					insert into stamps.purchase (id, account_id, idempotency_key, request_hash, agency_id, bundle_id,
					       payment_method_id, stamps, price_minor, currency, status, created_at)
					values (:id, :account, :key, :hash, :agency, :bundle, :method, :stamps, :price, :currency, 'PENDING', :now)
					on conflict do nothing""")
			.param("id", id)
			.param("account", account)
			.param("key", key)
			.param("hash", hash)
			.param("agency", agency.value())
			.param("bundle", bundle.id())
			.param("method", method)
			.param("stamps", bundle.stamps())
			.param("price", bundle.price().minorUnits())
			.param("currency", bundle.price().currency().getCurrencyCode())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
		return inserted ? Optional
			.of(new Purchase(id, account, key, hash, agency, bundle.stamps(), bundle.price(), "PENDING", null, 0, now))
				: Optional.empty();
	}

	void decline(UUID id, String reason) {
		jdbc.sql(
				"update stamps.purchase set status = 'DECLINED', decline_reason = :reason where id = :id and status in (:from)")
			.param("reason", reason)
			.param("id", id)
			.param("from", PurchaseStatus.LIFECYCLE.sourceNamesOf(PurchaseStatus.DECLINED))
			.update();
	}

	void unknown(UUID id) {
		jdbc.sql("update stamps.purchase set status = 'UNKNOWN' where id = :id and status in (:from)")
			.param("id", id)
			.param("from", PurchaseStatus.LIFECYCLE.sourceNamesOf(PurchaseStatus.UNKNOWN))
			.update();
	}

	/**
	 * @return whether this call completed it (false when it was completed already)
	 */
	boolean complete(UUID id, long balance) {
		return jdbc.sql("""
				update stamps.purchase set status = 'COMPLETED', balance_after = :balance, completed_at = :now
				 where id = :id and status in (:from)""")
			.param("from", PurchaseStatus.LIFECYCLE.sourceNamesOf(PurchaseStatus.COMPLETED))
			.param("balance", balance)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	private static Purchase purchase(ResultSet rs) throws SQLException {
		return new Purchase(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("idempotency_key"), rs.getString("request_hash"),
				new TenantId(rs.getObject("agency_id", UUID.class)), rs.getInt("stamps"),
				Money.ofMinor(rs.getLong("price_minor"), rs.getString("currency")), rs.getString("status"),
				rs.getString("decline_reason"), rs.getLong("balance_after"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
