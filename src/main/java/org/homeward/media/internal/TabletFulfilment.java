package org.homeward.media.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.deposits.InmateBalances;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.media.TabletOrderStatus;
import org.homeward.media.internal.TabletOrderRecords.Order;
import org.homeward.payments.Payments;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facility's side of a tablet order: hands the inmate a tablet from its stock (it
 * becomes theirs, with every purchase on it), or cancels the order with a reason,
 * audited, the money going back to the balance or the card that paid.
 */
@Component
public class TabletFulfilment {

	private final TabletOrderRecords records;

	private final Devices devices;

	private final InmateBalances balances;

	private final Payments payments;

	private final Ledger ledger;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TabletFulfilment(TabletOrderRecords records, Devices devices, InmateBalances balances, Payments payments,
			Ledger ledger, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.devices = devices;
		this.balances = balances;
		this.payments = payments;
		this.ledger = ledger;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
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
			TabletOrders.credits(order).forEach(line -> back.add(new Line(line.account(), -line.amountMinor())));
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

}
