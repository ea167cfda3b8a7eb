package org.homeward.media.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.media.MediaKind;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an agency curates the catalogue: which kinds it allows, whether explicit content is
 * on, its commission on each sale, its own prices, and the items its staff block (with a
 * reason, audited). An agency that never set a policy offers every kind but explicit
 * content, with no commission.
 */
@Component
public class MediaPolicies {

	/**
	 * @param commissionBps the agency's share of each sale, in hundredths of a percent
	 */
	public record Policy(List<MediaKind> kinds, boolean explicitAllowed, int commissionBps) {

		public Policy {
			kinds = List.copyOf(kinds);
		}

		static Policy standard() {
			return new Policy(List.of(MediaKind.values()), false, 0);
		}

	}

	/** An agency's word on one item: its price, or its block. */
	public record Curation(@Nullable Money price, @Nullable String blockedReason) {
	}

	/** Who blocks items for their agency. */
	static final Set<Role> CURATORS = Set.of(Role.AGENCY_ADMIN, Role.INVESTIGATOR);

	private final JdbcClient jdbc;

	private final MediaItems items;

	private final AuditLog audit;

	private final Clock clock;

	MediaPolicies(JdbcClient jdbc, MediaItems items, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.audit = audit;
		this.clock = clock;
	}

	public Policy policy(TenantId agency) {
		return jdbc.sql("select kinds, explicit_allowed, commission_bps from media.policy where agency_id = :agency")
			.param("agency", agency.value())
			.query((rs, n) -> new Policy(kinds(rs.getString("kinds")), rs.getBoolean("explicit_allowed"),
					rs.getInt("commission_bps")))
			.optional()
			.orElseGet(Policy::standard);
	}

	/** The cheapest and the dearest price of a kind at an agency. */
	public record PriceRange(MediaKind kind, Money lowest, Money highest) {
	}

	/**
	 * What each kind the agency allows costs there (its own prices where it set them),
	 * items it blocked and explicit ones it does not allow left out; kinds with no item
	 * are absent.
	 */
	public List<PriceRange> priceRanges(TenantId agency) {
		Policy policy = policy(agency);
		if (policy.kinds().isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select i.kind, i.currency, min(coalesce(a.price_minor, i.price_minor)) as lowest,
					       max(coalesce(a.price_minor, i.price_minor)) as highest
					  from media.item i left join media.agency_item a on a.item_id = i.id and a.agency_id = :agency
					 where i.kind in (:kinds) and a.blocked_reason is null"""
					+ (policy.explicitAllowed() ? "" : " and not i.explicit")
					+ " group by i.kind, i.currency order by i.kind")
			.param("agency", agency.value())
			.param("kinds", policy.kinds().stream().map(Enum::name).toList())
			.query((rs, n) -> new PriceRange(MediaKind.valueOf(rs.getString("kind")),
					Money.ofMinor(rs.getLong("lowest"), rs.getString("currency")),
					Money.ofMinor(rs.getLong("highest"), rs.getString("currency"))))
			.list();
	}

	/** Sets the agency's policy (its administrators, or an operator). */
	@Transactional
	public Policy setPolicy(Caller by, TenantId agency, Policy policy) {
		administers(by, agency);
		if (policy.commissionBps() < 0 || policy.commissionBps() > 10_000) {
			throw new InvalidInputException("commissionPercent", "must be 0 to 100");
		}
		String kinds = policy.kinds().stream().map(Enum::name).distinct().collect(Collectors.joining(","));
		Map<String, Object> values = Map.of("kinds", kinds, "explicit", policy.explicitAllowed(), "bps",
				policy.commissionBps(), "at", clock.instant().atOffset(ZoneOffset.UTC), "agency", agency.value());
		int updated = jdbc.sql("""
				update media.policy set kinds = :kinds, explicit_allowed = :explicit, commission_bps = :bps,
				       updated_at = :at where agency_id = :agency""").params(values).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into media.policy (agency_id, kinds, explicit_allowed, commission_bps, updated_at)
					values (:agency, :kinds, :explicit, :bps, :at)""").params(values).update();
		}
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "media.policy.changed",
				agency.value().toString(), "kinds " + kinds + ", explicit " + policy.explicitAllowed() + ", commission "
						+ policy.commissionBps() + " bps",
				null));
		return policy(agency);
	}

	/** The agency's word on each of these items that it has one for. */
	public Map<UUID, Curation> curations(TenantId agency, List<UUID> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select item_id, price_minor, blocked_reason from media.agency_item
				 where agency_id = :agency and item_id in (:items)""")
			.param("agency", agency.value())
			.param("items", itemIds)
			.query((rs, n) -> Map.entry(rs.getObject("item_id", UUID.class),
					new Curation(rs.getObject("price_minor") == null ? null
							: Money.ofMinor(rs.getLong("price_minor"), "USD"), rs.getString("blocked_reason"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public Curation curation(TenantId agency, UUID item) {
		return Optional.ofNullable(curations(agency, List.of(item)).get(item)).orElse(new Curation(null, null));
	}

	/**
	 * Staff block an item for their agency (facility managers, administrators), with the
	 * reason; nobody there can buy it from then on, and what was bought stays the
	 * buyer's.
	 */
	@Transactional
	public void block(Caller staff, UUID itemId, String reason) {
		TenantId agency = staff.staffAgency(CURATORS);
		items.byId(itemId).orElseThrow(() -> new NotFoundException("item"));
		if (reason.isBlank() || reason.length() > 300) {
			throw new InvalidInputException("reason", "say why, in at most 300 characters");
		}
		upsert(agency, itemId);
		jdbc.sql("""
				update media.agency_item set blocked_reason = :reason, blocked_by = :by, blocked_at = :at
				 where agency_id = :agency and item_id = :item""")
			.param("reason", reason.strip())
			.param("by", staff.accountId())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("agency", agency.value())
			.param("item", itemId)
			.update();
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), agency, "media.item.blocked",
				itemId.toString(), reason.strip(), null));
	}

	@Transactional
	public void unblock(Caller staff, UUID itemId) {
		TenantId agency = staff.staffAgency(CURATORS);
		items.byId(itemId).orElseThrow(() -> new NotFoundException("item"));
		int changed = jdbc.sql("""
				update media.agency_item set blocked_reason = null, blocked_by = null, blocked_at = null
				 where agency_id = :agency and item_id = :item and blocked_at is not null""")
			.param("agency", agency.value())
			.param("item", itemId)
			.update();
		if (changed == 1) {
			audit.record(new AuditEntry(staff.accountId(), staff.displayName(), agency, "media.item.unblocked",
					itemId.toString(), null, null));
		}
	}

	/**
	 * The agency's own price for an item (administrators), or the catalogue's again with
	 * null; for sales from then on.
	 */
	@Transactional
	public void price(Caller staff, UUID itemId, @Nullable Money price) {
		TenantId agency = staff.staffAgency(Set.of(Role.AGENCY_ADMIN));
		items.byId(itemId).orElseThrow(() -> new NotFoundException("item"));
		upsert(agency, itemId);
		jdbc.sql("update media.agency_item set price_minor = :price where agency_id = :agency and item_id = :item")
			.param("price", price == null ? null : price.minorUnits())
			.param("agency", agency.value())
			.param("item", itemId)
			.update();
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), agency, "media.item.priced",
				itemId.toString(), price == null ? "catalogue price" : price.toDecimalString(), null));
	}

	/**
	 * @throws NotFoundException for staff of another agency
	 * @throws org.springframework.security.access.AccessDeniedException for staff of the
	 * agency who do not administer it
	 */
	private static void administers(Caller by, TenantId agency) {
		if (by.isOperator()) {
			return;
		}
		if (!by.isStaffOf(agency)) {
			throw new NotFoundException("agency");
		}
		by.staffAgency(Set.of(Role.AGENCY_ADMIN));
	}

	private void upsert(TenantId agency, UUID item) {
		int exists = jdbc.sql("select count(*) from media.agency_item where agency_id = :agency and item_id = :item")
			.param("agency", agency.value())
			.param("item", item)
			.query(Integer.class)
			.single();
		if (exists == 0) {
			jdbc.sql("insert into media.agency_item (agency_id, item_id) values (:agency, :item)")
				.param("agency", agency.value())
				.param("item", item)
				.update();
		}
	}

	private static List<MediaKind> kinds(String kinds) {
		EnumSet<MediaKind> set = EnumSet.noneOf(MediaKind.class);
		Arrays.stream(kinds.split(",")).filter(k -> !k.isBlank()).map(MediaKind::valueOf).forEach(set::add);
		return List.copyOf(set);
	}

}
