package org.homeward.media.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contacts.ContactView;
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
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.media.TabletOrderStatus;
import org.homeward.media.internal.TabletOrderRecords.Model;
import org.homeward.media.internal.TabletOrderRecords.Order;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tablets sold as a product: an inmate orders one of the agency's models from their
 * balance, or a family for them by card (at most once per Idempotency-Key, the card's
 * charge opened before it is asked, as for a gift); the price shown is what is paid, the
 * agency's media commission taken from it. The facility fulfils the order by handing over
 * a tablet from its stock (it becomes the inmate's, with every purchase on it), or
 * cancels it with a reason and the money goes back where it came from.
 */
@Component
public class TabletOrders {

	/** What became of a family's order. */
	public sealed interface Outcome {

		Order order();

		/** Paid: the facility hands the tablet over. */
		record Placed(Order order) implements Outcome {
		}

		/** The card was declined: nothing was charged or ordered. */
		record Declined(Order order, String reason) implements Outcome {
		}

		/** The card's answer has not come: the reconciler finishes it. */
		record Processing(Order order) implements Outcome {
		}

	}

	/** Where an inmate can order a tablet: who, and the models on offer. */
	public record Shop(InmateView inmate, List<Model> models, int commissionBps) {
	}

	private final TabletOrderRecords records;

	private final Devices devices;

	private final Directory directory;

	private final Contracts contracts;

	private final Contacts contacts;

	private final MediaPolicies policies;

	private final InmateBalances balances;

	private final Payments payments;

	private final Ledger ledger;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TabletOrders(TabletOrderRecords records, Devices devices, Directory directory, Contracts contracts,
			Contacts contacts, MediaPolicies policies, InmateBalances balances, Payments payments, Ledger ledger,
			AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.devices = devices;
		this.directory = directory;
		this.contracts = contracts;
		this.contacts = contacts;
		this.policies = policies;
		this.balances = balances;
		this.payments = payments;
		this.ledger = ledger;
		this.audit = audit;
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
							balance -> new BusinessRuleException("insufficient-balance", null,
									"Your balance is " + balance.toDecimalString() + ": not enough for " + model.name()
											+ " at " + order.price().toDecimalString() + ".",
									List.of(balance.toDecimalString(), model.name(), order.price().toDecimalString()),
									Map.of("balance", balance.toDecimalString())));
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// the same key twice at once: the other request ordered it
		}
		return same(records.byKey(inmate, key).orElseThrow(), hash, key);
	}

	/**
	 * A family orders a tablet for their loved one, paid by a saved card.
	 * @throws NotFoundException when the inmate is not the family's contact
	 * @throws IdempotencyConflict when the key was used for another order
	 */
	public Outcome give(UUID account, String key, UUID inmate, UUID modelId, UUID paymentMethod) {
		String hash = Hashes.sha256Hex("tablet-gift|" + inmate + "|" + modelId + "|" + paymentMethod);
		Optional<Order> earlier = records.byKey(account, key);
		if (earlier.isPresent()) {
			return replay(same(earlier.get(), hash, key));
		}
		contact(account, inmate);
		Shop shop = shop(inmate);
		Model model = model(shop, modelId);
		ChargeableCard card = payments.chargeable(account, paymentMethod)
			.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("paymentMethodId",
					"own-card", "is not one of your saved cards")));
		Order order = order(shop, model, MediaPurchaseRecords.Buyer.FAMILY, account, paymentMethod,
				TabletOrderStatus.PAYING, key, hash);
		boolean mine;
		try {
			mine = Boolean.TRUE.equals(transactions.execute(status -> {
				if (!records.insertOnce(order)) {
					return false;
				}
				if (!order.price().isZero()) {
					payments.open(order.id(), card, order.price(), "Homeward: " + model.name() + " for "
							+ shop.inmate().firstName() + " " + shop.inmate().lastName());
				}
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			mine = false;
		}
		if (!mine) {
			return replay(same(records.byKey(account, key).orElseThrow(), hash, key));
		}
		return settle(order, order.price().isZero() ? new ChargeResult.Captured(order.id(), "free")
				: payments.send(order.id(), card, order.price()));
	}

	/** Finishes a family's order whose card had not answered (a crash, a timeout). */
	Outcome reconcile(Order order) {
		return settle(order, payments.send(order.id()));
	}

	/** The family's orders whose card had not answered a minute after they were asked. */
	List<Order> unsettled() {
		return records.paying(clock.instant().minus(Duration.ofMinutes(1)));
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

	/**
	 * Fulfils an order by handing the inmate a tablet from the facility's stock.
	 * @throws ConflictException when the order is not waiting, the tablet not in stock,
	 * or the inmate holds one already (take it back first)
	 */
	public Order fulfil(Caller staff, UUID orderId, UUID deviceId) {
		Order order = reachable(staff, orderId);
		return transactions.execute(status -> {
			if (!records.move(orderId, TabletOrderStatus.ISSUED, deviceId, null, clock.instant())) {
				throw notWaiting();
			}
			devices.issue(staff, deviceId, order.inmate());
			return records.byId(orderId).orElseThrow();
		});
	}

	/**
	 * Cancels a waiting order with a reason; the money goes back to the balance or the
	 * card that paid (or is owed to the family when the card cannot take it).
	 * @throws ConflictException when the order is not waiting
	 */
	public Order cancel(Caller staff, UUID orderId, String reason) {
		Order order = reachable(staff, orderId);
		if (reason.isBlank()) {
			throw new InvalidInputException("reason", "must say why");
		}
		if (order.status() != TabletOrderStatus.ORDERED) {
			throw notWaiting();
		}
		boolean toCard = order.buyer() == MediaPurchaseRecords.Buyer.FAMILY && !order.price().isZero()
				&& payments.refund(order.id(), order.price(), "tablet-refund:" + order.id());
		transactions.executeWithoutResult(status -> {
			if (!records.move(orderId, TabletOrderStatus.CANCELLED, null, reason.strip(), clock.instant())) {
				throw notWaiting();
			}
			audit.record(new AuditEntry(staff.accountId(), staff.displayName(), order.agency(),
					"media.tablet-order.cancelled", orderId.toString(), reason.strip(), null));
			if (order.price().isZero()) {
				return;
			}
			List<Line> back = new ArrayList<>();
			credits(order).forEach(line -> back.add(new Line(line.account(), -line.amountMinor())));
			String key = "tablet-refund:" + order.id();
			if (order.buyer() == MediaPurchaseRecords.Buyer.INMATE) {
				balances.refund(order.inmate(), order.price(), key, "tablet-refund", "Refunded: " + order.modelName(),
						back);
				return;
			}
			back.add(new Line(
					toCard ? AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD)
							: new AccountKey(AccountKind.REFUNDS_OWED, Unit.USD, order.payer()),
					order.price().minorUnits()));
			ledger.post(new PostEntry(key, "tablet-refund", "Refunded tablet: " + order.modelName(), back));
		});
		return records.byId(orderId).orElseThrow();
	}

	private Outcome settle(Order order, ChargeResult charge) {
		return transactions.execute(status -> {
			if (!order.price().isZero()) {
				payments.record(charge);
			}
			if (charge instanceof ChargeResult.Declined declined) {
				records.move(order.id(), TabletOrderStatus.PAYMENT_DECLINED, null, declined.reason(), clock.instant());
				return new Outcome.Declined(records.byId(order.id()).orElseThrow(), declined.reason());
			}
			if (charge instanceof ChargeResult.Unknown) {
				return new Outcome.Processing(order);
			}
			if (records.move(order.id(), TabletOrderStatus.ORDERED, null, null, clock.instant())
					&& !order.price().isZero()) {
				List<Line> lines = new ArrayList<>();
				lines.add(new Line(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD), -order.price().minorUnits()));
				lines.addAll(credits(order));
				ledger.post(new PostEntry("tablet-order:" + order.id(), "tablet-order",
						"Tablet for a loved one: " + order.modelName(), lines));
			}
			return new Outcome.Placed(records.byId(order.id()).orElseThrow());
		});
	}

	private Outcome replay(Order order) {
		return switch (order.status()) {
			case PAYING -> reconcile(order);
			case PAYMENT_DECLINED -> new Outcome.Declined(order, "declined");
			default -> new Outcome.Placed(order);
		};
	}

	/** The agency's commission, and the rest to Homeward. */
	private static List<Line> credits(Order order) {
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

	private Order order(Shop shop, Model model, MediaPurchaseRecords.Buyer buyer, UUID payer,
			@Nullable UUID paymentMethod, TabletOrderStatus status, String key, String hash) {
		Instant now = clock.instant();
		Money price = model.price();
		return new Order(Ids.next(), shop.inmate().agency().id(), shop.inmate().facility().id(), shop.inmate().id(),
				model.id(), model.name(), buyer, payer, paymentMethod, price,
				MediaPurchases.share(price, shop.commissionBps()), status, key, hash, null, null, now, now);
	}

	private static Model model(Shop shop, UUID modelId) {
		return shop.models()
			.stream()
			.filter(m -> m.id().equals(modelId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("tablet model"));
	}

	private static Order same(Order earlier, String hash, String key) {
		if (!earlier.requestHash().equals(hash)) {
			throw new IdempotencyConflict(key);
		}
		return earlier;
	}

	private static ConflictException notWaiting() {
		return new ConflictException("order-not-waiting",
				"This order is not waiting for a tablet: it was handed over or cancelled already.");
	}

	private Order reachable(Caller staff, UUID orderId) {
		TenantId agency = staff.staffAgency(Role.FACILITY_STAFF);
		return records.byId(orderId)
			.filter(o -> o.agency().equals(agency) && staff.reaches(o.facility()))
			.orElseThrow(() -> new NotFoundException("tablet order"));
	}

	private void contact(UUID account, UUID inmate) {
		ContactView contact = contacts.between(account, inmate).orElseThrow(() -> new NotFoundException("inmate"));
		if (!contact.active()) {
			throw new BusinessRuleException("not-an-active-contact", "gift", "Only an active contact can give media.",
					List.of(), Map.of());
		}
	}

}
