package org.homeward.media.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.homeward.media.MediaPurchaseStatus;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A family gives their loved one an item of the store, paid with a saved card: the price
 * shown is what the card is charged, at most once per Idempotency-Key. The gift is
 * recorded PAYING with its pending charge before the card is asked (a crash in between
 * leaves it for the reconciler, never charged twice), then COMPLETED, with the money in
 * the ledger as for any sale, or PAYMENT_DECLINED, when it never existed for the inmate.
 */
@Component
public class MediaGifts {

	/** What became of a gift. */
	public sealed interface Outcome {

		MediaPurchaseRecords.Purchase gift();

		/** Given: the inmate owns it. */
		record Given(MediaPurchaseRecords.Purchase gift) implements Outcome {
		}

		/** The card was declined: nothing was charged or given. */
		record Declined(MediaPurchaseRecords.Purchase gift, String reason) implements Outcome {
		}

		/** The card's answer has not come: the reconciler finishes it. */
		record Processing(MediaPurchaseRecords.Purchase gift) implements Outcome {
		}

	}

	private final MediaCatalogue catalogue;

	private final MediaPurchaseRecords records;

	private final Contacts contacts;

	private final Payments payments;

	private final Ledger ledger;

	private final MediaItems items;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MediaGifts(MediaCatalogue catalogue, MediaPurchaseRecords records, Contacts contacts, Payments payments,
			Ledger ledger, MediaItems items, TransactionTemplate transactions, Clock clock) {
		this.catalogue = catalogue;
		this.records = records;
		this.contacts = contacts;
		this.payments = payments;
		this.ledger = ledger;
		this.items = items;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The item, as the family would give it to the inmate: at the agency's price.
	 * @throws NotFoundException when the inmate is not the family's active contact
	 * @throws BusinessRuleException as for a purchase
	 */
	public MediaCatalogue.Offer offer(UUID account, UUID inmate, UUID itemId) {
		contact(account, inmate);
		return catalogue.offer(inmate, itemId);
	}

	/**
	 * The store as the inmate finds it, for the family choosing a gift.
	 * @throws NotFoundException when the inmate is not the family's active contact
	 */
	public List<MediaCatalogue.Offer> browse(UUID account, UUID inmate, MediaItems.Query query) {
		contact(account, inmate);
		return catalogue.browse(inmate, query);
	}

	/**
	 * Gives the item; a repeat of the key answers what the first request did.
	 * @throws NotFoundException when the inmate is not the family's contact
	 * @throws BusinessRuleException when the store is closed to the inmate, the item is
	 * not offered or already the inmate's, or the contact is not active
	 * @throws IdempotencyConflict when the key was used for another gift
	 */
	public Outcome give(UUID account, String key, UUID inmate, UUID itemId, UUID paymentMethod) {
		String hash = Hashes.sha256Hex("media-gift|" + inmate + "|" + itemId + "|" + paymentMethod);
		Optional<MediaPurchaseRecords.Purchase> earlier = records.byKey(account, key);
		if (earlier.isPresent()) {
			if (!earlier.get().requestHash().equals(hash)) {
				throw new IdempotencyConflict(key);
			}
			return replay(earlier.get());
		}
		contact(account, inmate);
		MediaCatalogue.Shop shop = catalogue.shop(inmate);
		MediaCatalogue.Offer offer = catalogue.offerIn(shop, itemId);
		MediaItems.Item item = offer.item();
		if (offer.owned() && item.rentalHours() == null) {
			throw new BusinessRuleException("already-owned", "gift",
					shop.inmate().firstName() + " owns \u201c" + item.title() + "\u201d already.",
					List.of(shop.inmate().firstName(), item.title()), Map.of());
		}
		ChargeableCard card = payments.chargeable(account, paymentMethod)
			.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("paymentMethodId",
					"own-card", "is not one of your saved cards")));
		Instant now = clock.instant();
		MediaPurchaseRecords.Purchase gift = new MediaPurchaseRecords.Purchase(Ids.next(), shop.agency(),
				shop.inmate().facility().id(), inmate, itemId, MediaPurchaseRecords.Buyer.FAMILY, account,
				paymentMethod, offer.price(), MediaPurchases.share(offer.price(), shop.policy().commissionBps()),
				MediaPurchases.share(offer.price(), item.royaltyBps()), MediaPurchaseStatus.PAYING, key, hash,
				item.rentalHours() == null ? null : now.plus(Duration.ofHours(item.rentalHours())), null, now);
		boolean mine;
		try {
			mine = Boolean.TRUE.equals(transactions.execute(status -> {
				if (!records.insertOnce(gift)) {
					return false;
				}
				if (!gift.price().isZero()) {
					payments.open(gift.id(), card, gift.price(), "Homeward: \u201c" + item.title() + "\u201d for "
							+ shop.inmate().firstName() + " " + shop.inmate().lastName());
				}
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			// the same key, sent twice at once: the other request gives it
			mine = false;
		}
		if (!mine) {
			MediaPurchaseRecords.Purchase other = records.byKey(account, key).orElseThrow();
			if (!other.requestHash().equals(hash)) {
				throw new IdempotencyConflict(key);
			}
			return replay(other);
		}
		ChargeResult charge = gift.price().isZero() ? new ChargeResult.Captured(gift.id(), "free")
				: payments.send(gift.id(), card, gift.price());
		return settle(gift, charge);
	}

	/** Finishes a gift whose card had not answered (a crash, a timeout). */
	Outcome reconcile(MediaPurchaseRecords.Purchase gift) {
		return settle(gift, payments.send(gift.id()));
	}

	private Outcome replay(MediaPurchaseRecords.Purchase gift) {
		return switch (gift.status()) {
			case PAYING -> reconcile(gift);
			case PAYMENT_DECLINED -> new Outcome.Declined(gift, "declined");
			default -> new Outcome.Given(gift);
		};
	}

	private Outcome settle(MediaPurchaseRecords.Purchase gift, ChargeResult charge) {
		return transactions.execute(status -> {
			if (!gift.price().isZero()) {
				payments.record(charge);
			}
			if (charge instanceof ChargeResult.Declined declined) {
				records.move(gift.id(), MediaPurchaseStatus.PAYMENT_DECLINED, declined.reason(), clock.instant());
				return new Outcome.Declined(records.byId(gift.id()).orElseThrow(), declined.reason());
			}
			if (charge instanceof ChargeResult.Unknown) {
				return new Outcome.Processing(gift);
			}
			if (records.move(gift.id(), MediaPurchaseStatus.COMPLETED, null, clock.instant())
					&& !gift.price().isZero()) {
				MediaItems.Item item = items.byId(gift.item()).orElseThrow();
				List<Line> lines = new ArrayList<>();
				lines.add(new Line(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD), -gift.price().minorUnits()));
				lines.addAll(MediaPurchases.credits(gift, item));
				ledger.post(new PostEntry("media-gift:" + gift.id(), "media-gift", "Gift: " + item.title(), lines));
			}
			return new Outcome.Given(records.byId(gift.id()).orElseThrow());
		});
	}

	/** The gifts whose card had not answered a minute after they were asked. */
	List<MediaPurchaseRecords.Purchase> unsettled() {
		return records.paying(clock.instant().minus(Duration.ofMinutes(1)));
	}

	private ContactView contact(UUID account, UUID inmate) {
		ContactView contact = contacts.between(account, inmate).orElseThrow(() -> new NotFoundException("inmate"));
		if (!contact.active()) {
			throw new BusinessRuleException("not-an-active-contact", "gift", "Only an active contact can give media.",
					List.of(), Map.of());
		}
		return contact;
	}

}
