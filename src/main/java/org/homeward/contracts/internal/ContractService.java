package org.homeward.contracts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.FacilityTerms;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.FeeTier;
import org.homeward.contracts.MessageDelivery;
import org.homeward.contracts.Service;
import org.homeward.contracts.WindDownScheduled;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

@Component
class ContractService implements Contracts {

	private final ContractReader reader;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	/**
	 * Contracts as read a moment ago: every purchase and message asks for its agency's
	 * contract, which changes a few times a year. A change made here is seen at once on
	 * this node, and within the time to live on the others. A contract in use is read
	 * again in the background after half of it, so that no request waits for the read
	 * (and requests to the same agency do not queue behind the one that would read it).
	 */
	private final LoadingCache<TenantId, Optional<ContractView>> recent;

	ContractService(ContractReader reader, JdbcClient jdbc, Clock clock, AuditLog audit,
			ApplicationEventPublisher events,
			@Value("${homeward.contracts.cache-time-to-live:5s}") Duration timeToLive) {
		this.events = events;
		this.reader = reader;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		Caffeine<Object, Object> cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(10_000);
		if (timeToLive.toMillis() >= 2) {
			// a time to live of zero keeps nothing, and so has nothing to refresh
			cache.refreshAfterWrite(timeToLive.dividedBy(2));
		}
		this.recent = cache.build(reader::byAgency);
	}

	@Override
	public Optional<ContractView> contractOf(TenantId agency) {
		return recent.get(agency);
	}

	/**
	 * Forgets what was read of the agency's contract, now and once the changing
	 * transaction commits.
	 */
	private void forget(TenantId agency) {
		recent.invalidate(agency);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					recent.invalidate(agency);
				}
			});
		}
	}

	@Override
	public boolean serviceAvailable(TenantId agency, @Nullable UUID facility, Service service) {
		return contractOf(agency).map(contract -> contract.offers(service, facility)).orElse(false);
	}

	@Override
	public MessageDelivery deliveryAt(TenantId agency, UUID facility) {
		ContractView contract = existing(agency);
		return contract.facilities()
			.stream()
			.filter(terms -> terms.facilityId().equals(facility) && terms.delivery() != null)
			.map(FacilityTerms::delivery)
			.findFirst()
			.orElse(contract.delivery());
	}

	@Override
	public Money depositFee(TenantId agency, FeeChannel channel, Money amount) {
		ContractView contract = existing(agency);
		if (amount.minorUnits() <= 0) {
			throw new BusinessRuleException("amount-not-positive", "A deposit must be more than zero.");
		}
		Money perDeposit = contract.priceBook().depositLimits().perDeposit();
		if (amount.compareTo(perDeposit) > 0) {
			throw new BusinessRuleException("deposit-limit",
					"The most one deposit can be is " + perDeposit.toDecimalString() + " " + perDeposit.currency()
							+ ".",
					List.of(perDeposit.toDecimalString(), perDeposit.currency().getCurrencyCode()), Map.of());
		}
		return contract.priceBook()
			.depositFees()
			.stream()
			.filter(tier -> tier.channel() == channel && amount.compareTo(tier.upTo()) <= 0)
			.map(FeeTier::fee)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("no-fee-tier",
					"Deposits of this amount cannot be made this way at this agency."));
	}

	@Override
	public List<InvalidInputException.FieldError> checkDepositFees(TenantId agency, FeeChannel channel,
			List<FeeTier> tiers) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (tiers.isEmpty()) {
			errors.add(InvalidInputException.FieldError.of("tiers", "fee-tiers-none",
					"Give at least one tier: deposits cannot be made this way without one."));
			return errors;
		}
		if (tiers.size() > 12) {
			errors.add(InvalidInputException.FieldError.of("tiers", "fee-tiers-many", "Give at most 12 tiers."));
		}
		Money perDeposit = existing(agency).priceBook().depositLimits().perDeposit();
		for (int i = 0; i < tiers.size(); i++) {
			FeeTier tier = tiers.get(i);
			if (tier.channel() != channel) {
				throw new IllegalArgumentException("a tier of " + tier.channel() + " among " + channel);
			}
			if (tier.upTo().minorUnits() <= 0) {
				errors.add(InvalidInputException.FieldError.of("tiers[" + i + "].upTo", "fee-tier-up-to",
						"The amount a tier goes up to must be more than zero."));
			}
			else if (i > 0 && tier.upTo().compareTo(tiers.get(i - 1).upTo()) <= 0) {
				errors.add(InvalidInputException.FieldError.of("tiers[" + i + "].upTo", "fee-tier-overlaps",
						"This tier overlaps the one before it (up to " + tiers.get(i - 1).upTo().toDisplayString()
								+ "): each tier must go higher than the one before.",
						tiers.get(i - 1).upTo().toDisplayString()));
			}
			if (tier.fee().isNegative()) {
				errors.add(InvalidInputException.FieldError.of("tiers[" + i + "].fee", "fee-negative",
						"A fee cannot be below zero."));
			}
		}
		FeeTier last = tiers.get(tiers.size() - 1);
		if (last.upTo().compareTo(perDeposit) < 0) {
			errors.add(InvalidInputException.FieldError.of("tiers[" + (tiers.size() - 1) + "].upTo", "fee-tiers-short",
					"The last tier must reach the most one deposit can be (" + perDeposit.toDisplayString()
							+ "), or larger deposits could not be made.",
					perDeposit.toDisplayString()));
		}
		return errors;
	}

	@Override
	@Transactional
	public ContractView setDepositFees(TenantId agency, FeeChannel channel, List<FeeTier> tiers, Caller by) {
		if (!by.isOperator() && !by.staffAgency(Role.ADMINISTRATION).equals(agency)) {
			throw new NotFoundException("contract");
		}
		List<InvalidInputException.FieldError> errors = checkDepositFees(agency, channel, tiers);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The fee tiers cannot be saved.", errors);
		}
		UUID contract = reader.idOf(agency).orElseThrow(() -> new NotFoundException("contract"));
		String before = describe(existing(agency).priceBook().depositFees(), channel);
		jdbc.sql("delete from contracts.deposit_fee_tier where contract_id = :c and channel = :channel")
			.param("c", contract)
			.param("channel", channel.name())
			.update();
		for (FeeTier tier : tiers) {
			jdbc.sql("""
					insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor)
					values (:c, :channel, :upTo, :fee)""")
				.param("c", contract)
				.param("channel", channel.name())
				.param("upTo", tier.upTo().minorUnits())
				.param("fee", tier.fee().minorUnits())
				.update();
		}
		jdbc.sql("update contracts.contract set version = version + 1, updated_at = :now where id = :c")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("c", contract)
			.update();
		forget(agency);
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "contract.deposit-fees-changed",
				channel.name(), describe(tiers, channel) + " (was: " + before + ")", null));
		return existing(agency);
	}

	private static String describe(List<FeeTier> tiers, FeeChannel channel) {
		return String.join(", ",
				tiers.stream()
					.filter(t -> t.channel() == channel)
					.map(t -> "up to " + t.upTo().toDecimalString() + ": " + t.fee().toDecimalString())
					.toList());
	}

	@Override
	@Transactional
	public ContractView switchService(TenantId agency, @Nullable UUID facility, Service service, boolean enabled,
			Caller changedBy) {
		UUID contract = reader.idOf(agency).orElseThrow(() -> new NotFoundException("contract"));
		if (facility == null) {
			upsert("update contracts.service set enabled = :enabled where contract_id = :c and service = :s",
					"insert into contracts.service (contract_id, service, enabled) values (:c, :s, :enabled)", contract,
					null, service, enabled);
		}
		else {
			upsert("update contracts.facility_service set enabled = :enabled where contract_id = :c and facility_id = :f and service = :s",
					"insert into contracts.facility_service (contract_id, facility_id, service, enabled) values (:c, :f, :s, :enabled)",
					contract, facility, service, enabled);
		}
		jdbc.sql("update contracts.contract set version = version + 1, updated_at = :now where id = :c")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("c", contract)
			.update();
		forget(agency);
		audit.record(new AuditEntry(changedBy.accountId(), changedBy.displayName(), agency, "contract.service-switched",
				service.name(), (enabled ? "on" : "off") + (facility == null ? "" : " at facility " + facility), null));
		return existing(agency);
	}

	private void upsert(String update, String insert, UUID contract, @Nullable UUID facility, Service service,
			boolean enabled) {
		int updated = bind(jdbc.sql(update), contract, facility, service, enabled).update();
		if (updated == 0) {
			bind(jdbc.sql(insert), contract, facility, service, enabled).update();
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID contract,
			@Nullable UUID facility, Service service, boolean enabled) {
		statement = statement.param("c", contract).param("s", service.name()).param("enabled", enabled);
		return facility == null ? statement : statement.param("f", facility);
	}

	@Override
	@Transactional
	public ContractView scheduleWindDown(TenantId agency, LocalDate serviceEndsOn, LocalDate viewOnlyUntil, Caller by) {
		if (viewOnlyUntil.isBefore(serviceEndsOn)) {
			throw new InvalidInputException("viewOnlyUntil", "must not be before serviceEndsOn");
		}
		ContractView current = existing(agency);
		if (current.status() == ContractStatus.ENDED) {
			throw new ConflictException("This contract has already ended.");
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		jdbc.sql("""
				update contracts.contract set service_ends_on = :ends, view_only_until = :viewOnly,
				       status = :status, version = version + 1, updated_at = :now where agency_id = :agency""")
			.param("ends", serviceEndsOn)
			.param("viewOnly", viewOnlyUntil)
			.param("status",
					serviceEndsOn.isAfter(today) ? current.status().name() : ContractStatus.WINDING_DOWN.name())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("agency", agency.value())
			.update();
		forget(agency);
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "contract.wind-down-scheduled",
				agency.toString(), "services stop " + serviceEndsOn + ", view-only until " + viewOnlyUntil, null));
		events.publishEvent(new WindDownScheduled(agency, serviceEndsOn, viewOnlyUntil));
		return existing(agency);
	}

	@Override
	public List<ContractView> notActive() {
		return reader.agencies()
			.stream()
			.map(this::contractOf)
			.flatMap(Optional::stream)
			.filter(contract -> contract.status() != ContractStatus.ACTIVE)
			.toList();
	}

	private ContractView existing(TenantId agency) {
		return contractOf(agency).orElseThrow(() -> new NotFoundException("contract"));
	}

}
