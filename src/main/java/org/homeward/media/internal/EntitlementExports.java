package org.homeward.media.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.contacts.Contacts;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * An inmate's entitlements as an open document a next vendor can honour: every item owned
 * (an album and its tracks), when, at what price and who paid, each file's SHA-256 —
 * JSON, signed with Ed25519 ({@link ExportSigner}) over its exact bytes. The inmate
 * downloads it at the kiosk, their family from their account.
 */
@Component
public class EntitlementExports {

	/** The document's bytes and their detached signature. */
	public record Export(byte[] document, ExportSigner.Signed signature, String fileName) {
	}

	private final MediaPurchaseRecords purchases;

	private final MediaItems items;

	private final Directory directory;

	private final Contacts contacts;

	private final ExportSigner signer;

	private final JsonMapper json;

	private final Clock clock;

	EntitlementExports(MediaPurchaseRecords purchases, MediaItems items, Directory directory, Contacts contacts,
			ExportSigner signer, JsonMapper json, Clock clock) {
		this.purchases = purchases;
		this.items = items;
		this.directory = directory;
		this.contacts = contacts;
		this.signer = signer;
		this.json = json;
		this.clock = clock;
	}

	/** The inmate's own export. */
	public Export ofInmate(UUID inmate) {
		return export(directory.inmate(inmate).orElseThrow(() -> new NotFoundException("inmate")));
	}

	/**
	 * A family's copy of their loved one's export.
	 * @throws NotFoundException when the inmate is not the family's contact
	 */
	public Export forFamily(UUID account, UUID inmate) {
		contacts.between(account, inmate).orElseThrow(() -> new NotFoundException("inmate"));
		return ofInmate(inmate);
	}

	private Export export(InmateView inmate) {
		Instant now = clock.instant();
		List<MediaPurchaseRecords.Purchase> owned = purchases.completed(inmate.id());
		Map<UUID, MediaItems.Item> bought = new LinkedHashMap<>();
		for (MediaItems.Item item : items
			.byIds(owned.stream().map(MediaPurchaseRecords.Purchase::item).distinct().toList())) {
			bought.put(item.id(), item);
		}
		List<Map<String, Object>> entitlements = new ArrayList<>();
		for (MediaPurchaseRecords.Purchase purchase : owned) {
			MediaItems.Item item = bought.get(purchase.item());
			if (item == null) {
				continue;
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("purchaseId", purchase.id().toString());
			entry.put("acquiredAt", purchase.createdAt().toString());
			entry.put("expiresAt", purchase.expiresAt() == null ? null : purchase.expiresAt().toString());
			entry.put("active", purchase.entitles(now));
			entry.put("paidBy", purchase.buyer().name());
			entry.put("price", Map.of("amount", purchase.price().toDecimalString(), "currency",
					purchase.price().currency().getCurrencyCode()));
			entry.put("item", item(item));
			if (item.album()) {
				entry.put("tracks", items.tracks(item.id()).stream().map(EntitlementExports::item).toList());
			}
			entitlements.add(entry);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", "homeward-entitlements/1");
		document.put("issuer", "Homeward");
		document.put("issuedAt", now.toString());
		document.put("agency", Map.of("code", inmate.agency().code(), "name", inmate.agency().name()));
		document.put("person", Map.of("inmateId", inmate.id().toString(), "inmateNumber", inmate.inmateNumber(), "name",
				inmate.firstName() + " " + inmate.lastName()));
		document.put("entitlements", entitlements);
		byte[] bytes = json.writeValueAsBytes(document);
		return new Export(bytes, signer.sign(bytes),
				"entitlements-" + inmate.agency().code() + "-" + inmate.inmateNumber() + ".json");
	}

	private static Map<String, Object> item(MediaItems.Item item) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("itemId", item.id().toString());
		described.put("kind", item.kind().name());
		described.put("title", item.title());
		described.put("creator", item.creator());
		described.put("album", item.albumTitle());
		described.put("version", item.version());
		described.put("rightsHolder", item.rightsHolder());
		described.put("sha256", item.sha256());
		described.put("contentType", item.contentType());
		return described;
	}

}
