package org.homeward.media.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.deposits.InmateBalances;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.media.MediaPurchaseStatus;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.Money;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inmates buy media from their balance: the price shown first is the price taken, the
 * balance and the purchase move in one transaction (a refusal leaves no charge), at most
 * once per Idempotency-Key, and each sale is split in the ledger between the agency's
 * commission, the rights holder's royalty and Homeward.
 */
@Component
public class MediaPurchases {

	private final MediaCatalogue catalogue;

	private final MediaPurchaseRecords records;

	private final InmateBalances balances;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MediaPurchases(MediaCatalogue catalogue, MediaPurchaseRecords records, InmateBalances balances,
			TransactionTemplate transactions, Clock clock) {
		this.catalogue = catalogue;
		this.records = records;
		this.balances = balances;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The inmate buys (or rents) an item from their balance; a repeat of the key answers
	 * the first purchase.
	 * @throws BusinessRuleException when the balance is short
	 * ({@code insufficient-balance}), the item is owned already, not offered, or the
	 * store is closed to the inmate
	 * @throws IdempotencyConflict when the key was used for another item
	 */
	public MediaPurchaseRecords.Purchase buy(UUID inmate, UUID itemId, String key) {
		String hash = Hashes.sha256Hex("media-purchase|" + itemId);
		Optional<MediaPurchaseRecords.Purchase> earlier = records.byKey(inmate, key);
		if (earlier.isPresent()) {
			return replay(earlier.get(), hash, key);
		}
		MediaCatalogue.Shop shop = catalogue.shop(inmate);
		MediaCatalogue.Offer offer = catalogue.offerIn(shop, itemId);
		MediaItems.Item item = offer.item();
		if (offer.owned() && item.rentalHours() == null) {
			throw new BusinessRuleException("already-owned", null, "You own \u201c" + item.title() + "\u201d already.",
					List.of(item.title()), Map.of());
		}
		Money price = offer.price();
		Money commission = share(price, shop.policy().commissionBps());
		Money royalty = share(price, item.royaltyBps());
		Instant now = clock.instant();
		MediaPurchaseRecords.Purchase purchase = new MediaPurchaseRecords.Purchase(Ids.next(), shop.agency(),
				shop.inmate().facility().id(), inmate, itemId, MediaPurchaseRecords.Buyer.INMATE, inmate, null, price,
				commission, royalty, MediaPurchaseStatus.COMPLETED, key, hash,
				item.rentalHours() == null ? null : now.plus(Duration.ofHours(item.rentalHours())), null, now);
		try {
			transactions.executeWithoutResult(status -> {
				records.insert(purchase);
				if (!price.isZero()) {
					balances.spend(inmate, price, "media-purchase:" + purchase.id(), "media-purchase",
							(item.rentalHours() == null ? "Bought: " : "Rented: ") + item.title(),
							credits(purchase, item), balance -> balanceShort(item, price, balance));
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// the same key, sent twice at once: the other request bought it
			return replay(records.byKey(inmate, key).orElseThrow(), hash, key);
		}
		return purchase;
	}

	private MediaPurchaseRecords.Purchase replay(MediaPurchaseRecords.Purchase earlier, String hash, String key) {
		if (!earlier.requestHash().equals(hash)) {
			throw new IdempotencyConflict(key);
		}
		return earlier;
	}

	/**
	 * Where the money of a sale goes: the agency's commission, the rights holder's
	 * royalty, and the rest to Homeward; each line only when it moves something.
	 */
	static List<Line> credits(MediaPurchaseRecords.Purchase purchase, MediaItems.Item item) {
		List<Line> lines = new ArrayList<>();
		long rest = purchase.price().minorUnits() - purchase.commission().minorUnits()
				- purchase.royalty().minorUnits();
		if (purchase.commission().minorUnits() != 0) {
			lines.add(new Line(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, purchase.agency().value()),
					purchase.commission().minorUnits()));
		}
		if (purchase.royalty().minorUnits() != 0) {
			lines.add(new Line(new AccountKey(AccountKind.ROYALTIES_PAYABLE, Unit.USD, rightsHolder(item)),
					purchase.royalty().minorUnits()));
		}
		if (rest != 0) {
			lines.add(new Line(AccountKey.house(AccountKind.MEDIA_REVENUE, Unit.USD), rest));
		}
		return lines;
	}

	/** The ledger owner of a rights holder's royalties: one account per name. */
	static UUID rightsHolder(MediaItems.Item item) {
		return UUID.nameUUIDFromBytes(("rights-holder:" + item.rightsHolder()).getBytes(StandardCharsets.UTF_8));
	}

	/** A share in hundredths of a percent, rounded down to the cent. */
	static Money share(Money price, int bps) {
		return Money.ofMinor(price.minorUnits() * bps / 10_000, price.currency().getCurrencyCode());
	}

	private static BusinessRuleException balanceShort(MediaItems.Item item, Money price, Money balance) {
		return new BusinessRuleException("insufficient-balance", "media",
				"\u201c" + item.title() + "\u201d costs " + price.toDisplayString() + " and your balance is "
						+ balance.toDisplayString() + ". Nothing was spent.",
				List.of(item.title(), price.toDisplayString(), balance.toDisplayString()), Map.of());
	}

}
