package org.homeward.media.web;

import java.util.List;
import java.util.UUID;

import org.homeward.deposits.InmateBalances;
import org.homeward.media.MediaKind;
import org.homeward.media.internal.DownloadLinks;
import org.homeward.media.internal.Entitlements;
import org.homeward.media.internal.MediaCatalogue;
import org.homeward.media.internal.MediaItems;
import org.homeward.media.internal.MediaPurchases;
import org.homeward.media.internal.MediaRefunds;
import org.homeward.media.internal.MediaPurchaseRecords;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The media store at the kiosk and on the tablet: the catalogue as the inmate's agency
 * offers it, purchases from the balance, and what the inmate owns with links to download
 * it.
 */
@RestController
@Validated
@Tag(name = "Tablets and media")
class KioskMediaApiController {

	static final String FILES = "/api/v1/kiosk/media/files";

	private final MediaCatalogue catalogue;

	private final MediaPurchases purchases;

	private final Entitlements entitlements;

	private final DownloadLinks links;

	private final InmateBalances balances;

	private final MediaRefunds refunds;

	KioskMediaApiController(MediaCatalogue catalogue, MediaPurchases purchases, Entitlements entitlements,
			DownloadLinks links, InmateBalances balances, MediaRefunds refunds) {
		this.refunds = refunds;
		this.catalogue = catalogue;
		this.purchases = purchases;
		this.entitlements = entitlements;
		this.links = links;
		this.balances = balances;
	}

	@GetMapping("/api/v1/kiosk/media")
	@Operation(summary = "The catalogue as the inmate's agency offers it, by title, 50 a page; q searches title, "
			+ "artist, album and genre")
	List<MediaJson.Offer> browse(Caller caller, @RequestParam(required = false) @Nullable MediaKind kind,
			@RequestParam(required = false) @Size(max = 200) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(2000) int page) {
		return catalogue
			.browse(caller.inmate(), new MediaItems.Query(kind, q, page * MediaCatalogue.PAGE, MediaCatalogue.PAGE))
			.stream()
			.map(MediaJson.Offer::of)
			.toList();
	}

	@GetMapping("/api/v1/kiosk/media/{id}")
	@Operation(summary = "One item as offered to the inmate, at the agency's price")
	MediaJson.Offer item(Caller caller, @PathVariable UUID id) {
		return MediaJson.Offer.of(catalogue.offer(caller.inmate(), id));
	}

	@PostMapping("/api/v1/kiosk/media/purchases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The inmate buys (or rents) an item from their balance; needs an Idempotency-Key")
	MediaJson.Purchase buy(Caller caller, @RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
			message = "must be 1 to 255 characters") String key, @Valid @RequestBody PurchaseRequest request) {
		UUID inmate = caller.inmate();
		MediaPurchaseRecords.Purchase purchase = purchases.buy(inmate, request.itemId(), key);
		return MediaJson.Purchase.of(purchase, balances.balance(inmate));
	}

	@GetMapping("/api/v1/kiosk/media/entitlements")
	@Operation(summary = "Every file the inmate owns (an album's tracks one by one), with its SHA-256 and a "
			+ "short-lived signed link to download it")
	List<MediaJson.Entitlement> entitlements(Caller caller) {
		UUID inmate = caller.inmate();
		return entitlements.of(inmate).stream().map(e -> {
			DownloadLinks.Link link = links.link(FILES, inmate, e.item().id());
			return MediaJson.Entitlement.of(e, link.path(), link.expiresAt());
		}).toList();
	}

	@PostMapping("/api/v1/kiosk/media/entitlements/{itemId}/problem")
	@Operation(summary = "The tablet could not get a file whole (its SHA-256 did not match): Homeward checks its own "
			+ "copy and, when that is damaged, refunds the purchase by itself")
	RefundsJson problem(Caller caller, @PathVariable UUID itemId) {
		MediaRefunds.Verdict verdict = refunds.badDownload(caller.inmate(), itemId);
		return new RefundsJson(verdict.refunded(), verdict.advice());
	}

	record PurchaseRequest(@NotNull UUID itemId) {
	}

	record RefundsJson(boolean refunded, String advice) {
	}

}
