package org.homeward.screening.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.screening.internal.ScreeningLists;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's screening lists on the console: the keyword and phrase list (its
 * administrators add and remove phrases) with a "test this text" box that shows what
 * would be flagged, the watch list (the mail room and investigators add and remove
 * people), and the reasons staff give when they reject. Every change is audited.
 */
@Controller
class ScreeningListsPageController {

	private static final int MAX_TEST = 20_000;

	private final ScreeningLists lists;

	private final Refusals refusals;

	private final MessageSource messages;

	ScreeningListsPageController(ScreeningLists lists, Refusals refusals, MessageSource messages) {
		this.lists = lists;
		this.refusals = refusals;
		this.messages = messages;
	}

	/** A piece of the tested text: flagged (with its category) or not. */
	record Piece(String text, String category) {
	}

	@GetMapping("/staff/screening")
	String lists(Caller caller, Model model) {
		return page(caller, null, model);
	}

	@PostMapping("/staff/screening/test")
	String test(Caller caller, @RequestParam(defaultValue = "") String text, Model model) {
		return page(caller, text.length() > MAX_TEST ? text.substring(0, MAX_TEST) : text, model);
	}

	@PostMapping("/staff/screening/keywords")
	String addKeyword(Caller caller, @RequestParam(defaultValue = "") String phrase,
			@RequestParam(defaultValue = "") String category, Locale locale, RedirectAttributes redirect) {
		TenantId agency = caller.staffAgency(Role.ADMINISTRATION);
		if (phrase.isBlank() || phrase.length() > 200 || category.isBlank() || category.length() > 40) {
			redirect.addFlashAttribute("refused", words("screeningLists.keywordRefused", locale));
			return "redirect:/staff/screening";
		}
		act(redirect, locale, "screeningLists.keywordAdded", () -> lists.addKeyword(agency, phrase, category, caller));
		return "redirect:/staff/screening";
	}

	@PostMapping("/staff/screening/keywords/{id}/remove")
	String removeKeyword(Caller caller, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		TenantId agency = caller.staffAgency(Role.ADMINISTRATION);
		lists.removeKeyword(agency, id, caller);
		redirect.addFlashAttribute("done", words("screeningLists.keywordRemoved", locale));
		return "redirect:/staff/screening";
	}

	@PostMapping("/staff/screening/watch")
	String watch(Caller caller, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String entry, @RequestParam(defaultValue = "") String reason,
			Locale locale, RedirectAttributes redirect) {
		TenantId agency = caller.staffAgency(Role.MAIL_READERS);
		if (entry.isBlank() || entry.length() > 200 || reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("refused", words("screeningLists.watchRefused", locale));
			return "redirect:/staff/screening";
		}
		act(redirect, locale, "screeningLists.watched", () -> lists.watch(agency, kind, entry.strip(), reason, caller));
		return "redirect:/staff/screening";
	}

	@PostMapping("/staff/screening/watch/{id}/remove")
	String unwatch(Caller caller, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		lists.unwatch(caller.staffAgency(Role.MAIL_READERS), id, caller);
		redirect.addFlashAttribute("done", words("screeningLists.unwatched", locale));
		return "redirect:/staff/screening";
	}

	private String page(Caller caller, String tested, Model model) {
		TenantId agency = caller.staffAgency(Role.MAIL_READERS);
		model.addAttribute("keywords", lists.keywords(agency));
		model.addAttribute("watchList", lists.watchList(agency));
		model.addAttribute("reasons", lists.reasons(agency));
		model.addAttribute("administers", caller.hasAnyRole(Role.ADMINISTRATION));
		if (tested != null) {
			List<ScreeningLists.Flag> flags = lists.test(agency, tested);
			model.addAttribute("tested", tested);
			model.addAttribute("flags", flags);
			model.addAttribute("pieces", pieces(tested, flags));
		}
		return "screening/lists";
	}

	/** The text cut into plain pieces and flagged ones, flags overlapping taken once. */
	private static List<Piece> pieces(String text, List<ScreeningLists.Flag> flags) {
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (ScreeningLists.Flag flag : flags) {
			if (flag.start() < at) {
				continue;
			}
			if (flag.start() > at) {
				pieces.add(new Piece(text.substring(at, flag.start()), ""));
			}
			pieces.add(new Piece(text.substring(flag.start(), flag.end()), flag.category()));
			at = flag.end();
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), ""));
		}
		return pieces;
	}

	private void act(RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", words(doneKey, locale));
		}
		catch (InvalidInputException | ConflictException | BusinessRuleException | NotFoundException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
	}

	private String words(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
