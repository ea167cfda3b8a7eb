package org.homeward.media.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.media.MediaKind;
import org.homeward.media.MediaPurchaseStatus;
import org.homeward.media.internal.Entitlements;
import org.homeward.media.internal.MediaCatalogue;
import org.homeward.media.internal.MediaItems;
import org.homeward.media.internal.MediaPurchaseRecords;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;

/** The media store's answers. */
final class MediaJson {

	private MediaJson() {
	}

	/**
	 * An item as offered: {@code creator} is the artist, author, studio or publisher;
	 * {@code rentalHours} is set for an item that is rented.
	 */
	record Offer(UUID id, MediaKind kind, String title, @Nullable String creator, @Nullable String album,
			@Nullable String genre, @Nullable String language, @Nullable Integer durationSeconds,
			@Nullable Integer pages, @Nullable String version, boolean explicit, boolean isAlbum, Money price,
			@Nullable Integer rentalHours, boolean owned) {

		static Offer of(MediaCatalogue.Offer offer) {
			MediaItems.Item item = offer.item();
			return new Offer(item.id(), item.kind(), item.title(), item.creator(), item.albumTitle(), item.genre(),
					item.language(), item.durationSeconds(), item.pages(), item.version(), item.explicit(),
					item.album(), offer.price(), item.rentalHours(), offer.owned());
		}

	}

	/** A purchase, and the balance after it. */
	record Purchase(UUID id, UUID itemId, Money price, @Nullable Instant expiresAt, Money balance) {

		static Purchase of(MediaPurchaseRecords.Purchase purchase, Money balance) {
			return new Purchase(purchase.id(), purchase.item(), purchase.price(), purchase.expiresAt(), balance);
		}

	}

	/**
	 * A family's gift: {@code status} is COMPLETED, PAYING (the card has not answered
	 * yet) or PAYMENT_DECLINED.
	 */
	record Gift(UUID id, UUID inmateId, UUID itemId, Money price, MediaPurchaseStatus status,
			@Nullable Instant expiresAt) {

		static Gift of(MediaPurchaseRecords.Purchase gift) {
			return new Gift(gift.id(), gift.inmate(), gift.item(), gift.price(), gift.status(), gift.expiresAt());
		}

	}

	/**
	 * A file the person owns, with its SHA-256 to check the download against and a
	 * short-lived link to it.
	 */
	record Entitlement(UUID itemId, String title, MediaKind kind, @Nullable String creator, Instant acquiredAt,
			@Nullable Instant expiresAt, String sha256, long size, String contentType, String downloadUrl,
			Instant downloadUrlExpiresAt) {

		static Entitlement of(Entitlements.Entitlement entitlement, String url, Instant urlExpires) {
			MediaItems.Item item = entitlement.item();
			return new Entitlement(item.id(), item.title(), item.kind(), item.creator(), entitlement.acquiredAt(),
					entitlement.expiresAt(), String.valueOf(item.sha256()),
					item.sizeBytes() == null ? 0 : item.sizeBytes(), String.valueOf(item.contentType()), url,
					urlExpires);
		}

	}

	/** An item of the catalogue as an operator put it in. */
	record Item(UUID id, MediaKind kind, String title, @Nullable String creator, @Nullable String album,
			@Nullable String genre, @Nullable String language, @Nullable Integer durationSeconds,
			@Nullable Integer pages, @Nullable String version, boolean explicit, boolean isAlbum, String rightsHolder,
			int royaltyBps, Money price, @Nullable Integer rentalHours, @Nullable String contentType,
			@Nullable Long size, @Nullable String sha256, List<UUID> tracks) {

		static Item of(MediaItems.Item item, List<UUID> tracks) {
			return new Item(item.id(), item.kind(), item.title(), item.creator(), item.albumTitle(), item.genre(),
					item.language(), item.durationSeconds(), item.pages(), item.version(), item.explicit(),
					item.album(), item.rightsHolder(), item.royaltyBps(), item.price(), item.rentalHours(),
					item.contentType(), item.sizeBytes(), item.sha256(), tracks);
		}

	}

}
