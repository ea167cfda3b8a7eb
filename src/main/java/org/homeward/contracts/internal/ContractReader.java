package org.homeward.contracts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.contracts.ContactPolicy;
import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.DepositLimits;
import org.homeward.contracts.FacilityTerms;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.FeeTier;
import org.homeward.contracts.MessageDelivery;
import org.homeward.contracts.MessagePricing;
import org.homeward.contracts.MessageRules;
import org.homeward.contracts.PriceBook;
import org.homeward.contracts.ScreeningPolicy;
import org.homeward.contracts.Service;
import org.homeward.contracts.StampBundle;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a contract with its services, facility terms and price book. */
@Repository
class ContractReader {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContractReader(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The agencies that have a contract. */
	List<TenantId> agencies() {
		return jdbc.sql("select agency_id from contracts.contract order by agency_id")
			.query(UUID.class)
			.list()
			.stream()
			.map(TenantId::new)
			.toList();
	}

	/**
	 * The status on the day: a scheduled end takes effect by itself, WINDING_DOWN from
	 * the day services stop and ENDED after the last day of the view-only window,
	 * whatever the stored status says.
	 */
	private ContractStatus effective(ContractStatus stored, LocalDate serviceEndsOn, LocalDate viewOnlyUntil) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		if (stored == ContractStatus.ENDED || (viewOnlyUntil != null && today.isAfter(viewOnlyUntil))) {
			return ContractStatus.ENDED;
		}
		if (stored == ContractStatus.WINDING_DOWN || (serviceEndsOn != null && !today.isBefore(serviceEndsOn))) {
			return ContractStatus.WINDING_DOWN;
		}
		return stored;
	}

	/**
	 * The contract row is read and closed before its services, facilities and price book
	 * are: a query run from inside another's row mapper would hold two pooled connections
	 * at once.
	 */
	Optional<ContractView> byAgency(TenantId agency) {
		return jdbc.sql("select * from contracts.contract where agency_id = :agency")
			.param("agency", agency.value())
			.query((rs, n) -> row(rs))
			.optional()
			.map(row -> contract(row, agency));
	}

	Optional<UUID> idOf(TenantId agency) {
		return jdbc.sql("select id from contracts.contract where agency_id = :agency")
			.param("agency", agency.value())
			.query(UUID.class)
			.optional();
	}

	/** The contract's own columns, everything but what lives in other tables. */
	private record Row(UUID id, ContractStatus status, LocalDate startsOn, LocalDate serviceEndsOn,
			LocalDate viewOnlyUntil, int exportRetentionDays, ContactPolicy contactPolicy, int contactCap,
			boolean invitationsNeedApproval, ScreeningPolicy screeningPolicy, boolean holdAllPhotos,
			MessageDelivery delivery, MessageRules rules, int stampsPerPage, int stampsPerPhoto, int stampsPerReply,
			String currency, Money inmateStampPrice, DepositLimits limits, Money depositCommission,
			Money messageCommission, MessagePricing messagePricing, @Nullable Money perMinute,
			@Nullable Money perPrintedPage, boolean releaseRefundsToCards, int version) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		return new Row(rs.getObject("id", UUID.class), ContractStatus.valueOf(rs.getString("status")),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("service_ends_on", LocalDate.class),
				rs.getObject("view_only_until", LocalDate.class), rs.getInt("export_retention_days"),
				ContactPolicy.valueOf(rs.getString("contact_policy")), rs.getInt("contact_cap"),
				rs.getBoolean("invitations_need_approval"), ScreeningPolicy.valueOf(rs.getString("screening_policy")),
				rs.getBoolean("hold_all_photos"), MessageDelivery.valueOf(rs.getString("message_delivery")),
				new MessageRules(rs.getInt("chars_per_page"), rs.getInt("max_chars"), rs.getBoolean("photos_allowed"),
						rs.getInt("max_photos")),
				rs.getInt("stamps_per_page"), rs.getInt("stamps_per_photo"), rs.getInt("stamps_per_reply"), currency,
				money(rs, "inmate_stamp_price_minor", currency),
				new DepositLimits(money(rs, "deposit_max_minor", currency),
						money(rs, "deposit_daily_max_minor", currency),
						money(rs, "deposit_30_day_max_minor", currency)),
				money(rs, "deposit_commission_minor", currency), money(rs, "message_commission_minor", currency),
				MessagePricing.valueOf(rs.getString("message_pricing")),
				optionalMoney(rs, "per_minute_minor", currency), optionalMoney(rs, "per_printed_page_minor", currency),
				rs.getBoolean("release_refunds_to_cards"), rs.getInt("version"));
	}

	private ContractView contract(Row row, TenantId agency) {
		// stamps are on sale only where messages cost stamps
		PriceBook priceBook = new PriceBook(
				row.messagePricing().stamps() ? bundles(row.id(), row.currency()) : List.of(), row.stampsPerPage(),
				row.stampsPerPhoto(), row.stampsPerReply(), row.inmateStampPrice(), tiers(row.id(), row.currency()),
				row.limits(), row.depositCommission(), row.messageCommission(), row.messagePricing(), row.perMinute(),
				row.perPrintedPage(),
				row.messagePricing() == MessagePricing.INMATE_TIME ? blocks(row.id()) : List.of());
		return new ContractView(agency, effective(row.status(), row.serviceEndsOn(), row.viewOnlyUntil()),
				row.startsOn(), row.serviceEndsOn(), row.viewOnlyUntil(), row.exportRetentionDays(),
				row.contactPolicy(), row.contactCap(), row.invitationsNeedApproval(), row.screeningPolicy(),
				row.holdAllPhotos(), row.delivery(), row.rules(), priceBook, services(row.id()), facilities(row.id()),
				row.releaseRefundsToCards(), row.version());
	}

	private static Money money(ResultSet rs, String column, String currency) throws SQLException {
		return Money.ofMinor(rs.getLong(column), currency);
	}

	private static @Nullable Money optionalMoney(ResultSet rs, String column, String currency) throws SQLException {
		long minor = rs.getLong(column);
		return rs.wasNull() ? null : Money.ofMinor(minor, currency);
	}

	private List<Integer> blocks(UUID contract) {
		return jdbc.sql("select minutes from contracts.minute_block where contract_id = :c order by minutes")
			.param("c", contract)
			.query(Integer.class)
			.list();
	}

	private List<StampBundle> bundles(UUID contract, String currency) {
		return jdbc.sql(
				"select id, stamps, price_minor from contracts.stamp_bundle where contract_id = :c and active order by stamps")
			.param("c", contract)
			.query((rs, n) -> new StampBundle(rs.getObject("id", UUID.class), rs.getInt("stamps"),
					Money.ofMinor(rs.getLong("price_minor"), currency)))
			.list();
	}

	private List<FeeTier> tiers(UUID contract, String currency) {
		return jdbc.sql("""
				select channel, up_to_minor, fee_minor from contracts.deposit_fee_tier where contract_id = :c
				 order by case channel when 'ONLINE' then 0 when 'PHONE' then 1 else 2 end, up_to_minor""")
			.param("c", contract)
			.query((rs, n) -> new FeeTier(FeeChannel.valueOf(rs.getString("channel")),
					Money.ofMinor(rs.getLong("up_to_minor"), currency),
					Money.ofMinor(rs.getLong("fee_minor"), currency)))
			.list();
	}

	private Map<Service, Boolean> services(UUID contract) {
		Map<Service, Boolean> services = new EnumMap<>(Service.class);
		for (Service service : Service.values()) {
			services.put(service, false);
		}
		jdbc.sql("select service, enabled from contracts.service where contract_id = :c")
			.param("c", contract)
			.query(rs -> {
				services.put(Service.valueOf(rs.getString("service")), rs.getBoolean("enabled"));
			});
		return services;
	}

	private List<FacilityTerms> facilities(UUID contract) {
		Map<UUID, Map<Service, Boolean>> services = new LinkedHashMap<>();
		Map<UUID, MessageDelivery> deliveries = new LinkedHashMap<>();
		jdbc.sql(
				"select facility_id, service, enabled from contracts.facility_service where contract_id = :c order by facility_id")
			.param("c", contract)
			.query(rs -> {
				services.computeIfAbsent(rs.getObject("facility_id", UUID.class), f -> new EnumMap<>(Service.class))
					.put(Service.valueOf(rs.getString("service")), rs.getBoolean("enabled"));
			});
		jdbc.sql("select facility_id, message_delivery from contracts.facility_delivery where contract_id = :c")
			.param("c", contract)
			.query(rs -> {
				deliveries.put(rs.getObject("facility_id", UUID.class),
						MessageDelivery.valueOf(rs.getString("message_delivery")));
			});
		List<FacilityTerms> terms = new ArrayList<>();
		Set<UUID> facilities = new LinkedHashSet<>(services.keySet());
		facilities.addAll(deliveries.keySet());
		for (UUID facility : facilities) {
			terms.add(new FacilityTerms(facility, services.getOrDefault(facility, Map.of()), deliveries.get(facility)));
		}
		return terms;
	}

}
