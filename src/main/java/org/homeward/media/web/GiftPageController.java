package org.homeward.media.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.media.MediaKind;
import org.homeward.media.internal.EntitlementExports;
import org.homeward.media.internal.MediaCatalogue;
import org.homeward.media.internal.MediaGifts;
import org.homeward.media.internal.MediaItems;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Families give music, films, books and games: they choose their loved one and an item of
 * the store as it is offered where their loved one is, see the price and the card, then
 * give it.
 */
@Controller
class GiftPageController {

	private final MediaGifts gifts;

	private final Contacts contacts;

	private final Directory directory;

	private final Payments payments;

	private final Refusals refusals;

	private final EntitlementExports exports;

	GiftPageController(MediaGifts gifts, Contacts contacts, Directory directory, Payments payments, Refusals refusals,
			EntitlementExports exports) {
		this.exports = exports;
		this.gifts = gifts;
		this.contacts = contacts;
		this.directory = directory;
		this.payments = payments;
		this.refusals = refusals;
	}

	@GetMapping("/media/gifts")
	String choose(Caller caller, @RequestParam(required = false) @Nullable UUID inmateId,
			@RequestParam(required = false) @Nullable MediaKind kind,
			@RequestParam(required = false) @Nullable String q, Locale locale, Model model) {
		UUID account = caller.family();
		UUID chosen = chooseLovedOne(contacts, directory, account, inmateId, model);
		model.addAttribute("kinds", MediaKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("offers", List.of());
		if (chosen != null) {
			try {
				model.addAttribute("offers", gifts.browse(account, chosen,
						new MediaItems.Query(kind, q == null || q.length() > 200 ? null : q, 0, MediaCatalogue.PAGE)));
			}
			catch (BusinessRuleException closed) {
				model.addAttribute("closed", refusals.text(closed, locale));
			}
		}
		return "media/gifts";
	}

	/**
	 * Puts the family's active contacts ({@code lovedOnes}) and the one they chose, or
	 * else the first ({@code inmateId}, {@code chosen}), in the model.
	 * @return the chosen one's id, if the family has a contact
	 */
	static @Nullable UUID chooseLovedOne(Contacts contacts, Directory directory, UUID account, @Nullable UUID inmateId,
			Model model) {
		List<InmateView> lovedOnes = new ArrayList<>();
		for (ContactView contact : contacts.ofAccount(account)) {
			if (contact.active()) {
				directory.inmate(contact.inmateId()).ifPresent(lovedOnes::add);
			}
		}
		InmateView chosen = lovedOnes.stream()
			.filter(i -> i.id().equals(inmateId))
			.findFirst()
			.orElse(lovedOnes.isEmpty() ? null : lovedOnes.get(0));
		model.addAttribute("lovedOnes", lovedOnes);
		model.addAttribute("inmateId", chosen == null ? null : chosen.id());
		model.addAttribute("chosen", chosen);
		return chosen == null ? null : chosen.id();
	}

	/**
	 * The signed list of what the family's loved one owns, to download from their account
	 * (also while the contract winds down and after it ends).
	 */
	@GetMapping("/media/inmates/{inmateId}/entitlements.json")
	ResponseEntity<byte[]> export(Caller caller, @PathVariable UUID inmateId) {
		return ExportApiController.answer(exports.forFamily(caller.family(), inmateId));
	}

	@GetMapping("/media/gifts/confirm")
	String confirm(Caller caller, @RequestParam UUID inmateId, @RequestParam UUID itemId, Locale locale, Model model,
			RedirectAttributes redirect) {
		UUID account = caller.family();
		try {
			model.addAttribute("offer", gifts.offer(account, inmateId, itemId));
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/media/gifts?inmateId=" + inmateId;
		}
		List<PaymentMethodView> cards = payments.methods(account);
		model.addAttribute("inmate", directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate")));
		model.addAttribute("cards", cards);
		model.addAttribute("key", UUID.randomUUID().toString());
		return "media/gift-confirm";
	}

	@PostMapping("/media/gifts")
	String give(Caller caller, @RequestParam UUID inmateId, @RequestParam UUID itemId, @RequestParam UUID card,
			@RequestParam String key, Locale locale, RedirectAttributes redirect) {
		UUID account = caller.family();
		try {
			MediaGifts.Outcome outcome = gifts.give(account, key.length() > 255 ? key.substring(0, 255) : key, inmateId,
					itemId, card);
			if (outcome instanceof MediaGifts.Outcome.Declined declined) {
				redirect.addFlashAttribute("declined", declined.reason());
				return "redirect:/media/gifts/confirm?inmateId=" + inmateId + "&itemId=" + itemId;
			}
			redirect.addFlashAttribute("given", gifts.offer(account, inmateId, itemId).item().title());
			redirect.addFlashAttribute("processing", outcome instanceof MediaGifts.Outcome.Processing);
		}
		catch (BusinessRuleException | ConflictException | InvalidInputException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/media/gifts/confirm?inmateId=" + inmateId + "&itemId=" + itemId;
		}
		return "redirect:/media/gifts?inmateId=" + inmateId;
	}

}
