package org.homeward.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.media.MediaPurchaseStatus;
import org.homeward.media.MediaSaleRefunded;
import org.homeward.media.MediaSold;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored purchases of media. A purchase's status only moves by compare-and-set from
 * the states {@link MediaPurchaseStatus#LIFECYCLE} allows.
 */
@Repository
public class MediaPurchaseRecords {

	/** Who paid. */
	public enum Buyer {

		/** The inmate, from their balance. */
		INMATE,
		/** A family member, by card: a gift. */
		FAMILY

	}

	/**
	 * A purchase as stored.
	 *
	 * @param payer the inmate (from their balance) or the family's account (a gift)
	 * @param expiresAt when a rental's entitlement ends; null for one bought for good
	 */
	public record Purchase(UUID id, TenantId agency, UUID facility, UUID inmate, UUID item, Buyer buyer, UUID payer,
			@Nullable UUID paymentMethod, Money price, Money commission, Money royalty, MediaPurchaseStatus status,
			String key, String requestHash, @Nullable Instant expiresAt, @Nullable String refundReason,
			Instant createdAt) {

		/** Whether the purchase entitles the person at that moment. */
		public boolean entitles(Instant now) {
			return status == MediaPurchaseStatus.COMPLETED && (expiresAt == null || now.isBefore(expiresAt));
		}

	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	MediaPurchaseRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Stores a new purchase.
	 * @throws org.springframework.dao.DuplicateKeyException when the payer used the key
	 * already
	 */
	void insert(Purchase p) {
		insert(p, "");
	}

	/**
	 * Stores a new purchase unless the payer used its key already (two at once with one
	 * key: the second fails with a
	 * {@link org.springframework.dao.DuplicateKeyException}).
	 * @return whether it was stored
	 */
	boolean insertOnce(Purchase p) {
		return insert(p, " where not exists (select 1 from media.purchase where payer_id = :payer"
				+ " and idempotency_key = :key)") == 1;
	}

	private int insert(Purchase p, String unless) {
		int stored = jdbc.sql("""
				insert into media.purchase (id, agency_id, facility_id, inmate_id, item_id, buyer, payer_id,
				       payment_method_id, price_minor, commission_minor, royalty_minor, currency, status,
				       idempotency_key, request_hash, expires_at, created_at)
				select :id, :agency, :facility, :inmate, :item, :buyer, :payer, :method, :price, :commission,
				       :royalty, :currency, :status, :key, :hash, :expires, :at""" + unless)
			.param("id", p.id())
			.param("agency", p.agency().value())
			.param("facility", p.facility())
			.param("inmate", p.inmate())
			.param("item", p.item())
			.param("buyer", p.buyer().name())
			.param("payer", p.payer())
			.param("method", p.paymentMethod())
			.param("price", p.price().minorUnits())
			.param("commission", p.commission().minorUnits())
			.param("royalty", p.royalty().minorUnits())
			.param("currency", p.price().currency().getCurrencyCode())
			.param("status", p.status().name())
			.param("key", p.key())
			.param("hash", p.requestHash())
			.param("expires", p.expiresAt() == null ? null : p.expiresAt().atOffset(ZoneOffset.UTC))
			.param("at", p.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		if (stored == 1 && p.status() == MediaPurchaseStatus.COMPLETED) {
			announce(p, p.createdAt());
		}
		return stored;
	}

	/** Gifts still waiting for their card's answer, asked before {@code before}. */
	List<Purchase> paying(Instant before) {
		return jdbc
			.sql("select * from media.purchase where status = 'PAYING' and created_at < :before order by created_at")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> purchase(rs))
			.list();
	}

	public Optional<Purchase> byId(UUID id) {
		return jdbc.sql("select * from media.purchase where id = :id")
			.param("id", id)
			.query((rs, n) -> purchase(rs))
			.optional();
	}

	Optional<Purchase> byKey(UUID payer, String key) {
		return jdbc.sql("select * from media.purchase where payer_id = :payer and idempotency_key = :key")
			.param("payer", payer)
			.param("key", key)
			.query((rs, n) -> purchase(rs))
			.optional();
	}

	/** The inmate's completed purchases (rentals perhaps expired), oldest first. */
	public List<Purchase> completed(UUID inmate) {
		return jdbc.sql("""
				select * from media.purchase where inmate_id = :inmate and status = 'COMPLETED'
				 order by created_at, id""").param("inmate", inmate).query((rs, n) -> purchase(rs)).list();
	}

	/** How many people own how many items bought under an agency's contract. */
	record Totals(long people, long entitlements) {
	}

	Totals totalsAt(TenantId agency) {
		return jdbc.sql("""
				select count(distinct inmate_id) as people, count(*) as entitlements from media.purchase
				 where agency_id = :agency and status = 'COMPLETED'""")
			.param("agency", agency.value())
			.query((rs, n) -> new Totals(rs.getLong("people"), rs.getLong("entitlements")))
			.single();
	}

	/** Everyone who completed a purchase under the agency's contract, by id. */
	List<UUID> buyersAt(TenantId agency) {
		return jdbc.sql("""
				select distinct inmate_id from media.purchase where agency_id = :agency and status = 'COMPLETED'
				 order by inmate_id""").param("agency", agency.value()).query(UUID.class).list();
	}

	/**
	 * Moves a purchase to {@code to} if it is in a state the lifecycle moves from.
	 * @return whether this call moved it
	 */
	boolean move(UUID id, MediaPurchaseStatus to, @Nullable String reason, Instant at) {
		String set = switch (to) {
			case REFUNDED -> "status = :to, refund_reason = :reason, refunded_at = :at";
			case PAYMENT_DECLINED -> "status = :to, decline_reason = :reason";
			default -> "status = :to";
		};
		var update = jdbc.sql("update media.purchase set " + set + " where id = :id and status in (:from)")
			.param("to", to.name())
			.param("id", id)
			.param("from", MediaPurchaseStatus.LIFECYCLE.sourceNamesOf(to));
		if (to == MediaPurchaseStatus.REFUNDED || to == MediaPurchaseStatus.PAYMENT_DECLINED) {
			update = update.param("reason", reason == null ? "" : reason);
		}
		if (to == MediaPurchaseStatus.REFUNDED) {
			update = update.param("at", at.atOffset(ZoneOffset.UTC));
		}
		boolean moved = update.update() == 1;
		if (moved && (to == MediaPurchaseStatus.COMPLETED || to == MediaPurchaseStatus.REFUNDED)) {
			announce(byId(id).orElseThrow(), at);
		}
		return moved;
	}

	/** Tells the modules that count of a sale completed or refunded. */
	private void announce(Purchase p, Instant at) {
		events.publishEvent(p.status() == MediaPurchaseStatus.REFUNDED
				? new MediaSaleRefunded(p.id(), p.agency(), p.facility(), false, p.price(), p.commission(), at)
				: new MediaSold(p.id(), p.agency(), p.facility(), false, p.price(), p.commission(), at));
	}

	private static Purchase purchase(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
		return new Purchase(rs.getObject("id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getObject("facility_id", UUID.class), rs.getObject("inmate_id", UUID.class),
				rs.getObject("item_id", UUID.class), Buyer.valueOf(rs.getString("buyer")),
				rs.getObject("payer_id", UUID.class), rs.getObject("payment_method_id", UUID.class),
				Money.ofMinor(rs.getLong("price_minor"), currency),
				Money.ofMinor(rs.getLong("commission_minor"), currency),
				Money.ofMinor(rs.getLong("royalty_minor"), currency),
				MediaPurchaseStatus.valueOf(rs.getString("status")), rs.getString("idempotency_key"),
				rs.getString("request_hash"), expires == null ? null : expires.toInstant(),
				rs.getString("refund_reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
