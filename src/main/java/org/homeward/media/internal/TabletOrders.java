package org.homeward.media.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contacts.Contacts;
import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.deposits.InmateBalances;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.media.TabletOrderStatus;
import org.homeward.media.internal.TabletOrderRecords.Model;
import org.homeward.media.internal.TabletOrderRecords.Order;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tablets sold as a product: the agency's models where its contract offers tablets, an
 * inmate's order from their balance (at most once per Idempotency-Key; the price shown is
 * what is paid, the agency's media commission taken from it), and the orders as the
 * inmate, their family and the facility's staff follow them. A family pays by card in
 * {@link TabletGifts}; the facility hands a tablet over in {@link TabletFulfilment}.
 */
@Component
public class TabletOrders {

	/** Where an inmate can order a tablet: who, and the models on offer. */
	public record Shop(InmateView inmate, List<Model> models, int commissionBps) {
	}

	private final TabletOrderRecords records;

	private final Directory directory;

	private final Contracts contracts;

	private final Contacts contacts;

	private final MediaPolicies policies;

	private final InmateBalances balances;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TabletOrders(TabletOrderRecords records, Directory directory, Contracts contracts, Contacts contacts,
			MediaPolicies policies, InmateBalances balances, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.directory = directory;
		this.contracts = contracts;
		this.contacts = contacts;
		this.policies = policies;
		this.balances = balances;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The models the inmate's agency sells them.
	 * @throws BusinessRuleException {@code service-not-available} when the contract is
	 * ending or the facility has no tablets, {@code inmate-not-in-custody}
	 */
	public Shop shop(UUID inmateId) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		ContractView contract = contracts.contractOf(inmate.agency().id()).orElse(null);
		String facility = inmate.facility().name();
		if (contract == null || contract.status() != ContractStatus.ACTIVE
				|| !contract.offers(Service.TABLETS, inmate.facility().id())) {
			throw new BusinessRuleException("service-not-available", "tablets",
					"Tablets are not offered at " + facility + ".", List.of(facility), Map.of());
		}
		if (inmate.status() != InmateStatus.ACTIVE) {
			throw new BusinessRuleException("inmate-not-in-custody", "device",
					"Only an inmate in custody gets a tablet.", List.of(), Map.of());
		}
		return new Shop(inmate, records.models(inmate.agency().id()),
				policies.policy(inmate.agency().id()).commissionBps());
	}

	/**
	 * The inmate orders a tablet from their balance; a repeat of the key answers the
	 * first order.
	 * @throws BusinessRuleException as {@link #shop}, or {@code insufficient-balance}
	 * @throws IdempotencyConflict when the key was used for another model
	 */
	public Order buy(UUID inmate, UUID modelId, String key) {
		String hash = Hashes.sha256Hex("tablet-order|" + modelId);
		Optional<Order> earlier = records.byKey(inmate, key);
		if (earlier.isPresent()) {
			return same(earlier.get(), hash, key);
		}
		Shop shop = shop(inmate);
		Model model = model(shop, modelId);
		Order order = order(shop, model, MediaPurchaseRecords.Buyer.INMATE, inmate, null, TabletOrderStatus.ORDERED,
				key, hash);
		try {
			transactions.executeWithoutResult(status -> {
				if (records.insertOnce(order) && !order.price().isZero()) {
					balances.spend(inmate, order.price(), "tablet-order:" + order.id(), "tablet-order",
							"Ordered: " + model.name(), credits(order),
							balance -> new BusinessRuleException("insufficient-balance", "tablet",
									"The " + model.name() + " costs " + order.price().toDisplayString()
											+ " and your balance is " + balance.toDisplayString()
											+ ". Nothing was spent.",
									List.of(model.name(), order.price().toDisplayString(), balance.toDisplayString()),
									Map.of()));
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// the same key twice at once: the other request ordered it
		}
		return same(records.byKey(inmate, key).orElseThrow(), hash, key);
	}

	/** The inmate's paid orders, newest first. */
	public List<Order> ofInmate(UUID inmate) {
		return records.ofInmate(inmate);
	}

	/**
	 * The orders of the family's loved one, for the family to follow.
	 * @throws NotFoundException when the inmate is not the family's contact
	 */
	public List<Order> forFamily(UUID account, UUID inmate) {
		contacts.between(account, inmate).orElseThrow(() -> new NotFoundException("inmate"));
		return records.ofInmate(inmate);
	}

	/** The orders waiting for a tablet at the staff member's facilities, oldest first. */
	public List<Order> waiting(Caller staff) {
		TenantId agency = staff.staffAgency(Role.FACILITY_STAFF);
		return records.waiting(agency).stream().filter(o -> staff.reaches(o.facility())).toList();
	}

	/** The agency's commission, and the rest to Homeward. */
	static List<Line> credits(Order order) {
		List<Line> lines = new ArrayList<>();
		long rest = order.price().minorUnits() - order.commission().minorUnits();
		if (order.commission().minorUnits() != 0) {
			lines.add(new Line(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, order.agency().value()),
					order.commission().minorUnits()));
		}
		if (rest != 0) {
			lines.add(new Line(AccountKey.house(AccountKind.MEDIA_REVENUE, Unit.USD), rest));
		}
		return lines;
	}

	Order order(Shop shop, Model model, MediaPurchaseRecords.Buyer buyer, UUID payer, @Nullable UUID paymentMethod,
			TabletOrderStatus status, String key, String hash) {
		Instant now = clock.instant();
		Money price = model.price();
		return new Order(Ids.next(), shop.inmate().agency().id(), shop.inmate().facility().id(), shop.inmate().id(),
				model.id(), model.name(), buyer, payer, paymentMethod, price,
				MediaPurchases.share(price, shop.commissionBps()), status, key, hash, null, null, now, now);
	}

	static Model model(Shop shop, UUID modelId) {
		return shop.models()
			.stream()
			.filter(m -> m.id().equals(modelId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("tablet model"));
	}

	static Order same(Order earlier, String hash, String key) {
		if (!earlier.requestHash().equals(hash)) {
			throw new IdempotencyConflict(key);
		}
		return earlier;
	}

}
