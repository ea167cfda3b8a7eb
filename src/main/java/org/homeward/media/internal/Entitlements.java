package org.homeward.media.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a person owns: every completed purchase (an album gives each of its tracks), a
 * rental until it expires. Entitlements belong to the person, never to a device or a
 * facility: a new tablet, a transfer, release or the end of the contract leave them as
 * they are.
 */
@Component
public class Entitlements {

	/**
	 * A file the person may download and use.
	 *
	 * @param via the purchase that gives it (an album's, for its tracks)
	 * @param expiresAt when a rental ends; null for one bought for good
	 */
	public record Entitlement(MediaItems.Item item, MediaPurchaseRecords.Purchase via, Instant acquiredAt,
			@Nullable Instant expiresAt) {
	}

	private final MediaPurchaseRecords purchases;

	private final MediaItems items;

	private final Clock clock;

	Entitlements(MediaPurchaseRecords purchases, MediaItems items, Clock clock) {
		this.purchases = purchases;
		this.items = items;
		this.clock = clock;
	}

	/**
	 * Every file the person may use now, one each (bought twice, the longest-lasting
	 * purchase gives it), in the order they were acquired.
	 */
	public List<Entitlement> of(UUID inmate) {
		Instant now = clock.instant();
		List<MediaPurchaseRecords.Purchase> active = purchases.completed(inmate)
			.stream()
			.filter(p -> p.entitles(now))
			.toList();
		Map<UUID, MediaItems.Item> bought = new LinkedHashMap<>();
		for (MediaItems.Item item : items
			.byIds(active.stream().map(MediaPurchaseRecords.Purchase::item).distinct().toList())) {
			bought.put(item.id(), item);
		}
		Map<UUID, List<MediaItems.Item>> tracks = items
			.tracksOf(bought.values().stream().filter(MediaItems.Item::album).map(MediaItems.Item::id).toList());
		Map<UUID, Entitlement> files = new LinkedHashMap<>();
		for (MediaPurchaseRecords.Purchase purchase : active) {
			MediaItems.Item item = bought.get(purchase.item());
			if (item == null) {
				continue;
			}
			List<MediaItems.Item> given = item.album() ? tracks.getOrDefault(item.id(), List.of()) : List.of(item);
			for (MediaItems.Item file : given) {
				Entitlement entitlement = new Entitlement(file, purchase, purchase.createdAt(), purchase.expiresAt());
				files.merge(file.id(), entitlement, Entitlements::longer);
			}
		}
		return new ArrayList<>(files.values());
	}

	/** The person's entitlement to one file, if they have one now. */
	public Optional<Entitlement> to(UUID inmate, UUID item) {
		return of(inmate).stream().filter(e -> e.item().id().equals(item)).findFirst();
	}

	/**
	 * The items the person owns now: files, and the albums bought whole with their
	 * tracks.
	 */
	public Set<UUID> ownedItems(UUID inmate) {
		Instant now = clock.instant();
		Set<UUID> owned = new HashSet<>();
		for (MediaPurchaseRecords.Purchase purchase : purchases.completed(inmate)) {
			if (purchase.entitles(now)) {
				owned.add(purchase.item());
			}
		}
		owned.addAll(items.tracksOfAlbums(owned));
		return owned;
	}

	private static Entitlement longer(Entitlement a, Entitlement b) {
		if (a.expiresAt() == null) {
			return a;
		}
		if (b.expiresAt() == null) {
			return b;
		}
		return a.expiresAt().isAfter(b.expiresAt()) ? a : b;
	}

}
