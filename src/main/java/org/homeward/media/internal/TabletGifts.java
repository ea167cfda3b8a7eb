package org.homeward.media.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
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
import org.homeward.shared.Hashes;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A family orders a tablet for their loved one, paid with a saved card: at most once per
 * Idempotency-Key, the order recorded PAYING with its pending charge before the card is
 * asked (a crash in between leaves it for the reconciler, never charged twice), then
 * ORDERED with the money in the ledger, or PAYMENT_DECLINED, when it never existed.
 */
@Component
public class TabletGifts {

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

	private final TabletOrders orders;

	private final TabletOrderRecords records;

	private final Contacts contacts;

	private final Payments payments;

	private final Ledger ledger;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TabletGifts(TabletOrders orders, TabletOrderRecords records, Contacts contacts, Payments payments, Ledger ledger,
			TransactionTemplate transactions, Clock clock) {
		this.orders = orders;
		this.records = records;
		this.contacts = contacts;
		this.payments = payments;
		this.ledger = ledger;
		this.transactions = transactions;
		this.clock = clock;
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
			return replay(TabletOrders.same(earlier.get(), hash, key));
		}
		contact(account, inmate);
		TabletOrders.Shop shop = orders.shop(inmate);
		Model model = TabletOrders.model(shop, modelId);
		ChargeableCard card = payments.chargeable(account, paymentMethod)
			.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("paymentMethodId",
					"own-card", "is not one of your saved cards")));
		Order order = orders.order(shop, model, MediaPurchaseRecords.Buyer.FAMILY, account, paymentMethod,
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
			return replay(TabletOrders.same(records.byKey(account, key).orElseThrow(), hash, key));
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
				lines.addAll(TabletOrders.credits(order));
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

	private void contact(UUID account, UUID inmate) {
		ContactView contact = contacts.between(account, inmate).orElseThrow(() -> new NotFoundException("inmate"));
		if (!contact.active()) {
			throw new BusinessRuleException("not-an-active-contact", "gift", "Only an active contact can give media.",
					List.of(), Map.of());
		}
	}

}
