package org.homeward.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.deposits.InmateBalances;
import org.homeward.files.BlobStore;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.media.MediaPurchaseStatus;
import org.homeward.payments.Payments;
import org.homeward.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file that does not arrive whole is refunded by itself, never through a claim form:
 * when a tablet reports that what it downloaded does not match the SHA-256 it was given,
 * Homeward checks the file it holds; if that copy is damaged or gone, the purchase that
 * gave it is refunded (to the balance, or to the family's card for a gift) and the
 * entitlement ends. When the copy is whole, the tablet is told to download it again.
 */
@Component
public class MediaRefunds {

	/** What a report of a bad download came to. */
	public record Verdict(boolean refunded, String advice) {
	}

	private final Entitlements entitlements;

	private final MediaPurchaseRecords records;

	private final MediaItems items;

	private final BlobStore blobs;

	private final InmateBalances balances;

	private final Payments payments;

	private final Ledger ledger;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MediaRefunds(Entitlements entitlements, MediaPurchaseRecords records, MediaItems items, BlobStore blobs,
			InmateBalances balances, Payments payments, Ledger ledger, TransactionTemplate transactions, Clock clock) {
		this.entitlements = entitlements;
		this.records = records;
		this.items = items;
		this.blobs = blobs;
		this.balances = balances;
		this.payments = payments;
		this.ledger = ledger;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The inmate's tablet could not get the file whole.
	 * @throws NotFoundException when the inmate does not own it
	 */
	public Verdict badDownload(UUID inmate, UUID itemId) {
		Entitlements.Entitlement owned = entitlements.to(inmate, itemId)
			.orElseThrow(() -> new NotFoundException("entitlement"));
		if (intact(owned.item())) {
			return new Verdict(false, "The file Homeward holds is whole: download it again.");
		}
		refund(owned.via(), "The file could not be delivered whole.");
		return new Verdict(true, "The file was damaged on Homeward's side: what was paid for it is refunded.");
	}

	private boolean intact(MediaItems.Item item) {
		Optional<Resource> stored = blobs.open(String.valueOf(item.fileKey()));
		if (stored.isEmpty()) {
			return false;
		}
		try (InputStream in = new DigestInputStream(stored.get().getInputStream(),
				MessageDigest.getInstance("SHA-256"))) {
			byte[] buffer = new byte[64 * 1024];
			while (in.read(buffer) >= 0) {
				// reading is digesting
			}
			String sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
			return sha.equals(item.sha256());
		}
		catch (IOException ex) {
			return false;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	/**
	 * Refunds a completed purchase once: the money goes back where it came from, and the
	 * shares it was split into are taken back.
	 */
	void refund(MediaPurchaseRecords.Purchase purchase, String reason) {
		MediaItems.Item item = items.byId(purchase.item()).orElseThrow();
		boolean toCard = purchase.buyer() == MediaPurchaseRecords.Buyer.FAMILY && !purchase.price().isZero()
				&& payments.refund(purchase.id(), purchase.price(), "media-refund:" + purchase.id());
		transactions.executeWithoutResult(status -> {
			if (!records.move(purchase.id(), MediaPurchaseStatus.REFUNDED, reason, clock.instant())
					|| purchase.price().isZero()) {
				return;
			}
			List<Line> back = new ArrayList<>();
			for (Line line : MediaPurchases.credits(purchase, item)) {
				back.add(new Line(line.account(), -line.amountMinor()));
			}
			String key = "media-refund:" + purchase.id();
			if (purchase.buyer() == MediaPurchaseRecords.Buyer.INMATE) {
				balances.refund(purchase.inmate(), purchase.price(), key, "media-refund", "Refunded: " + item.title(),
						back);
				return;
			}
			back.add(new Line(
					toCard ? AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD)
							: new AccountKey(AccountKind.REFUNDS_OWED, Unit.USD, purchase.payer()),
					purchase.price().minorUnits()));
			ledger.post(new PostEntry(key, "media-refund", "Refunded gift: " + item.title(), back));
		});
	}

}
