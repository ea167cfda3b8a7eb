package org.homeward.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.media.MediaSaleRefunded;
import org.homeward.media.MediaSold;
import org.homeward.media.TabletOrderStatus;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tablet models agencies sell and the orders for them, as rows. */
@Component
public class TabletOrderRecords {

	/** A device an agency sells, at its price. */
	public record Model(UUID id, TenantId agency, String name, String description, Money price) {
	}

	/** An order for a tablet, and where it is. */
	public record Order(UUID id, TenantId agency, UUID facility, UUID inmate, UUID model, String modelName,
			MediaPurchaseRecords.Buyer buyer, UUID payer, @Nullable UUID paymentMethod, Money price, Money commission,
			TabletOrderStatus status, String key, String requestHash, @Nullable UUID device, @Nullable String reason,
			Instant createdAt, Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	TabletOrderRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The models the agency sells now, cheapest first. */
	List<Model> models(TenantId agency) {
		return jdbc
			.sql("select * from media.tablet_model where agency_id = :agency and active order by price_minor, name")
			.param("agency", agency.value())
			.query((rs, n) -> model(rs))
			.list();
	}

	Optional<Model> model(UUID id) {
		return jdbc.sql("select * from media.tablet_model where id = :id")
			.param("id", id)
			.query((rs, n) -> model(rs))
			.optional();
	}

	/** Records the order unless the payer used its key already: whether it did. */
	boolean insertOnce(Order o) {
		boolean stored = jdbc
			.sql("""
					insert into media.tablet_order (id, agency_id, facility_id, inmate_id, model_id, buyer, payer_id,
					       payment_method_id, price_minor, commission_minor, currency, status, idempotency_key,
					       request_hash, created_at, updated_at)
					select :id, :agency, :facility, :inmate, :model, :buyer, :payer, :method, :price, :commission,
					       :currency, :status, :key, :hash, :at, :at
					 where not exists (select 1 from media.tablet_order where payer_id = :payer and idempotency_key = :key)""")
			.param("id", o.id())
			.param("agency", o.agency().value())
			.param("facility", o.facility())
			.param("inmate", o.inmate())
			.param("model", o.model())
			.param("buyer", o.buyer().name())
			.param("payer", o.payer())
			.param("method", o.paymentMethod())
			.param("price", o.price().minorUnits())
			.param("commission", o.commission().minorUnits())
			.param("currency", o.price().currency().getCurrencyCode())
			.param("status", o.status().name())
			.param("key", o.key())
			.param("hash", o.requestHash())
			.param("at", o.createdAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
		if (stored && o.status() == TabletOrderStatus.ORDERED) {
			events.publishEvent(
					new MediaSold(o.id(), o.agency(), o.facility(), true, o.price(), o.commission(), o.createdAt()));
		}
		return stored;
	}

	Optional<Order> byId(UUID id) {
		return one("o.id = :id", "id", id);
	}

	Optional<Order> byKey(UUID payer, String key) {
		return jdbc.sql(SELECT + " where o.payer_id = :payer and o.idempotency_key = :key")
			.param("payer", payer)
			.param("key", key)
			.query((rs, n) -> order(rs))
			.optional();
	}

	/** The inmate's orders that were paid, newest first. */
	List<Order> ofInmate(UUID inmate) {
		return jdbc
			.sql(SELECT + " where o.inmate_id = :inmate and o.status not in ('PAYING', 'PAYMENT_DECLINED')"
					+ " order by o.created_at desc, o.id")
			.param("inmate", inmate)
			.query((rs, n) -> order(rs))
			.list();
	}

	/** The agency's orders waiting for a tablet, oldest first. */
	List<Order> waiting(TenantId agency) {
		return jdbc.sql(SELECT + " where o.agency_id = :agency and o.status = 'ORDERED' order by o.created_at, o.id")
			.param("agency", agency.value())
			.query((rs, n) -> order(rs))
			.list();
	}

	/** Orders whose card had not answered before {@code before}. */
	List<Order> paying(Instant before) {
		return jdbc.sql(SELECT + " where o.status = 'PAYING' and o.created_at < :before order by o.created_at")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> order(rs))
			.list();
	}

	/**
	 * Moves an order to {@code to} from a state its lifecycle moves from.
	 * @return whether this call moved it
	 */
	boolean move(UUID id, TabletOrderStatus to, @Nullable UUID device, @Nullable String reason, Instant at) {
		boolean moved = jdbc.sql("""
				update media.tablet_order set status = :to, device_id = coalesce(:device, device_id),
				       reason = coalesce(:reason, reason), updated_at = :at
				 where id = :id and status in (:from)""")
			.param("to", to.name())
			.param("device", device)
			.param("reason", reason)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("from", TabletOrderStatus.LIFECYCLE.sourceNamesOf(to))
			.update() == 1;
		if (moved && (to == TabletOrderStatus.ORDERED || to == TabletOrderStatus.CANCELLED)) {
			Order o = byId(id).orElseThrow();
			events.publishEvent(to == TabletOrderStatus.ORDERED
					? new MediaSold(o.id(), o.agency(), o.facility(), true, o.price(), o.commission(), at)
					: new MediaSaleRefunded(o.id(), o.agency(), o.facility(), true, o.price(), o.commission(), at));
		}
		return moved;
	}

	private static final String SELECT = """
			select o.*, m.name as model_name from media.tablet_order o
			  join media.tablet_model m on m.id = o.model_id""";

	private Optional<Order> one(String where, String name, Object value) {
		return jdbc.sql(SELECT + " where " + where).param(name, value).query((rs, n) -> order(rs)).optional();
	}

	private static Model model(ResultSet rs) throws SQLException {
		return new Model(rs.getObject("id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getString("name"), rs.getString("description"),
				Money.ofMinor(rs.getLong("price_minor"), rs.getString("currency")));
	}

	private static Order order(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		return new Order(rs.getObject("id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getObject("facility_id", UUID.class), rs.getObject("inmate_id", UUID.class),
				rs.getObject("model_id", UUID.class), rs.getString("model_name"),
				MediaPurchaseRecords.Buyer.valueOf(rs.getString("buyer")), rs.getObject("payer_id", UUID.class),
				rs.getObject("payment_method_id", UUID.class), Money.ofMinor(rs.getLong("price_minor"), currency),
				Money.ofMinor(rs.getLong("commission_minor"), currency),
				TabletOrderStatus.valueOf(rs.getString("status")), rs.getString("idempotency_key"),
				rs.getString("request_hash"), rs.getObject("device_id", UUID.class), rs.getString("reason"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
