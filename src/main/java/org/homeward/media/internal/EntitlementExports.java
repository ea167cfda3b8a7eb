package org.homeward.media.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contacts.Contacts;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.homeward.shared.Hashes;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * An inmate's entitlements as an open document a next vendor can honour: every item owned
 * (an album and its tracks), when, at what price and who paid, each file's SHA-256 —
 * JSON, signed with Ed25519 ({@link ExportSigner}) over its exact bytes. The inmate
 * downloads it at the kiosk, their family from their account.
 */
@Component
public class EntitlementExports {

	/** The format's name and version, the first field of every export. */
	static final String FORMAT = "homeward-entitlements/1";

	/** The document's bytes and their detached signature. */
	public record Export(byte[] document, ExportSigner.Signed signature, String fileName) {
	}

	/**
	 * An agency's document, written to a file: its SHA-256 (hex), the signature of that
	 * digest, and how many people and entitlements it lists.
	 */
	public record AgencyExport(Path file, String sha256, ExportSigner.Signed signature, String fileName, int people,
			int entitlements) {
	}

	private final MediaPurchaseRecords purchases;

	private final MediaItems items;

	private final Directory directory;

	private final Contacts contacts;

	private final ExportSigner signer;

	private final JsonMapper json;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EntitlementExports(MediaPurchaseRecords purchases, MediaItems items, Directory directory, Contacts contacts,
			ExportSigner signer, JsonMapper json, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.transactions = transactions;
		this.audit = audit;
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

	/**
	 * The agency's export for one of its administrators or an operator (audited: it names
	 * every buyer).
	 */
	public AgencyExport forStaff(Caller by, TenantId agency, Path file) throws IOException {
		AgencyExport export = ofAgency(agency, file);
		transactions.executeWithoutResult(status -> audit.record(new AuditEntry(by.accountId(), by.displayName(),
				agency, "media.entitlements.exported", agency.value().toString(),
				export.people() + " people, " + export.entitlements() + " entitlements", null)));
		return export;
	}

	/**
	 * Every entitlement of everyone who bought under the agency's contract (each person
	 * with all they own, wherever bought), written to {@code file} one person at a time
	 * so that an agency of any size fits in memory. The agency gets it when its contract
	 * winds down, to hand to its next provider; signed over its SHA-256.
	 */
	public AgencyExport ofAgency(TenantId agency, Path file) throws IOException {
		AgencyView view = directory.agency(agency).orElseThrow(() -> new NotFoundException("agency"));
		Instant now = clock.instant();
		MessageDigest sha256 = Hashes.sha256();
		int people = 0;
		int entitlements = 0;
		try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024),
				sha256)) {
			Map<String, Object> head = new LinkedHashMap<>();
			head.put("format", FORMAT);
			head.put("issuer", "Homeward");
			head.put("issuedAt", now.toString());
			head.put("agency", Map.of("code", view.code(), "name", view.name()));
			byte[] opening = json.writeValueAsBytes(head);
			out.write(opening, 0, opening.length - 1);
			out.write(",\"people\":[".getBytes(StandardCharsets.UTF_8));
			for (UUID inmate : purchases.buyersAt(agency)) {
				Optional<InmateView> person = directory.inmate(inmate);
				if (person.isEmpty()) {
					continue;
				}
				List<Map<String, Object>> owned = entitlements(inmate, now);
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("person", person(person.get()));
				entry.put("entitlements", owned);
				if (people++ > 0) {
					out.write(',');
				}
				out.write(json.writeValueAsBytes(entry));
				entitlements += owned.size();
			}
			out.write("]}".getBytes(StandardCharsets.UTF_8));
		}
		byte[] digest = sha256.digest();
		return new AgencyExport(file, HexFormat.of().formatHex(digest), signer.signDigest(digest),
				"entitlements-" + view.code() + "-" + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".json", people,
				entitlements);
	}

	private Export export(InmateView inmate) {
		Instant now = clock.instant();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("issuer", "Homeward");
		document.put("issuedAt", now.toString());
		document.put("agency", Map.of("code", inmate.agency().code(), "name", inmate.agency().name()));
		document.put("person", person(inmate));
		document.put("entitlements", entitlements(inmate.id(), now));
		byte[] bytes = json.writeValueAsBytes(document);
		return new Export(bytes, signer.sign(bytes),
				"entitlements-" + inmate.agency().code() + "-" + inmate.inmateNumber() + ".json");
	}

	private static Map<String, Object> person(InmateView inmate) {
		return Map.of("inmateId", inmate.id().toString(), "inmateNumber", inmate.inmateNumber(), "name",
				inmate.firstName() + " " + inmate.lastName());
	}

	/** What the inmate owns, in three queries whatever its size (items, then tracks). */
	private List<Map<String, Object>> entitlements(UUID inmate, Instant now) {
		List<MediaPurchaseRecords.Purchase> owned = purchases.completed(inmate);
		Map<UUID, MediaItems.Item> bought = new LinkedHashMap<>();
		for (MediaItems.Item item : items
			.byIds(owned.stream().map(MediaPurchaseRecords.Purchase::item).distinct().toList())) {
			bought.put(item.id(), item);
		}
		Map<UUID, List<MediaItems.Item>> tracks = items
			.tracksOf(bought.values().stream().filter(MediaItems.Item::album).map(MediaItems.Item::id).toList());
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
				entry.put("tracks",
						tracks.getOrDefault(item.id(), List.of()).stream().map(EntitlementExports::item).toList());
			}
			entitlements.add(entry);
		}
		return entitlements;
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
