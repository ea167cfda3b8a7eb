package org.homeward.media.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.deposits.InmateBalances;
import org.homeward.media.MediaKind;
import org.homeward.media.internal.DownloadLinks;
import org.homeward.media.internal.Entitlements;
import org.homeward.media.internal.EpubReader;
import org.homeward.media.internal.MediaCatalogue;
import org.homeward.media.internal.MediaItems;
import org.homeward.media.internal.MediaPurchases;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media store on the kiosk: the catalogue by kind and by words, an item with its
 * price and what the balance will be after buying it (then confirmed), and the library of
 * what the inmate owns, played or read on the kiosk.
 */
@Controller
class KioskMediaPageController {

	static final String FILES = "/kiosk/media/files";

	/** A file the inmate owns, with the link its player or reader opens. */
	record Owned(Entitlements.Entitlement entitlement, String url) {

		public MediaItems.Item item() {
			return entitlement.item();
		}

		public boolean epub() {
			return "application/epub+zip".equals(item().contentType());
		}

	}

	private final MediaCatalogue catalogue;

	private final MediaPurchases purchases;

	private final Entitlements entitlements;

	private final DownloadLinks links;

	private final InmateBalances balances;

	private final EpubReader reader;

	private final Refusals refusals;

	KioskMediaPageController(MediaCatalogue catalogue, MediaPurchases purchases, Entitlements entitlements,
			DownloadLinks links, InmateBalances balances, EpubReader reader, Refusals refusals) {
		this.catalogue = catalogue;
		this.purchases = purchases;
		this.entitlements = entitlements;
		this.links = links;
		this.balances = balances;
		this.reader = reader;
		this.refusals = refusals;
	}

	@GetMapping("/kiosk/media")
	String store(Caller caller, @RequestParam(required = false) @Nullable MediaKind kind,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		int from = Math.max(0, Math.min(page, 2000));
		model.addAttribute("kinds", MediaKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("page", from);
		model.addAttribute("balance", balances.balance(caller.inmate()));
		try {
			List<MediaCatalogue.Offer> offers = catalogue.browse(caller.inmate(), new MediaItems.Query(kind,
					q == null || q.length() > 200 ? null : q, from * MediaCatalogue.PAGE, MediaCatalogue.PAGE + 1));
			model.addAttribute("more", offers.size() > MediaCatalogue.PAGE);
			model.addAttribute("offers", offers.stream().limit(MediaCatalogue.PAGE).toList());
		}
		catch (BusinessRuleException closed) {
			model.addAttribute("closed", refusals.text(closed, locale));
			model.addAttribute("offers", List.of());
			model.addAttribute("more", false);
		}
		return "media/kiosk-store";
	}

	@GetMapping("/kiosk/media/{id}")
	String item(Caller caller, @PathVariable UUID id, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			MediaCatalogue.Offer offer = catalogue.offer(caller.inmate(), id);
			Money balance = balances.balance(caller.inmate());
			model.addAttribute("offer", offer);
			model.addAttribute("balance", balance);
			model.addAttribute("after", balance.minus(offer.price()));
			model.addAttribute("key", UUID.randomUUID().toString());
			return "media/kiosk-item";
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/kiosk/media";
		}
	}

	@PostMapping("/kiosk/media/{id}/buy")
	String buy(Caller caller, @PathVariable UUID id, @RequestParam String key, Locale locale,
			RedirectAttributes redirect) {
		try {
			MediaItems.Item item = catalogue.offer(caller.inmate(), id).item();
			purchases.buy(caller.inmate(), id, key.length() > 255 ? key.substring(0, 255) : key);
			redirect.addFlashAttribute("bought", item.title());
			return "redirect:/kiosk/media/library";
		}
		catch (BusinessRuleException | ConflictException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/kiosk/media/" + id;
		}
	}

	@GetMapping("/kiosk/media/library")
	String library(Caller caller, Model model) {
		UUID inmate = caller.inmate();
		model.addAttribute("owned",
				entitlements.of(inmate)
					.stream()
					.map(e -> new Owned(e, links.link(FILES, inmate, e.item().id()).path()))
					.toList());
		return "media/kiosk-library";
	}

	@GetMapping("/kiosk/media/library/{id}/read")
	String read(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "1") int chapter, Model model) {
		Entitlements.Entitlement owned = entitlements.to(caller.inmate(), id)
			.filter(e -> "application/epub+zip".equals(e.item().contentType()))
			.orElseThrow(() -> new NotFoundException("book"));
		model.addAttribute("book", owned.item());
		model.addAttribute("chapter", reader.chapter(String.valueOf(owned.item().fileKey()), chapter));
		return "media/kiosk-read";
	}

}
