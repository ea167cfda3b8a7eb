package org.homeward.contacts.web;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

import org.homeward.contacts.Side;
import org.homeward.contacts.internal.ContactBook;
import org.homeward.contacts.internal.Invitations;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
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
 * The family's contact pages: find a loved one by state and number and add them, and
 * enter the identification code of an inmate's invitation (accept or block).
 */
@Controller
class ContactPageController {

	private final ContactBook book;

	private final Invitations invitations;

	private final Directory directory;

	private final Refusals refusals;

	ContactPageController(ContactBook book, Invitations invitations, Directory directory, Refusals refusals) {
		this.book = book;
		this.invitations = invitations;
		this.directory = directory;
		this.refusals = refusals;
	}

	@GetMapping("/contacts/add")
	String add(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String number, Model model) {
		boolean searched = state != null && number != null && state.matches("[A-Za-z]{2}")
				&& number.matches("\\s*[A-Za-z0-9-]{1,32}\\s*");
		model.addAttribute("states", new TreeSet<>(directory.agencies().stream().map(AgencyView::state).toList()));
		model.addAttribute("state", state == null ? "" : state.toUpperCase(Locale.ROOT));
		model.addAttribute("number", number == null ? "" : number);
		model.addAttribute("results", searched ? directory.findByStateAndNumber(state, number) : List.of());
		model.addAttribute("searched", searched);
		return "contacts/add";
	}

	@PostMapping("/contacts")
	String request(Caller caller, @RequestParam UUID inmateId, Locale locale, RedirectAttributes redirect) {
		try {
			var contact = book.request(caller.accountId(), inmateId);
			redirect.addFlashAttribute("contactStatus", contact.status().name());
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("contactProblem", refusals.text(refused, locale));
		}
		return "redirect:/messages";
	}

	@PostMapping("/contacts/{id}/block")
	String block(Caller caller, @PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("contactStatus", book.block(id, Side.FAMILY, caller.accountId()).status().name());
		return "redirect:/messages";
	}

	@PostMapping("/contacts/{id}/unblock")
	String unblock(Caller caller, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("contactStatus",
					book.unblock(id, Side.FAMILY, caller.accountId()).status().name());
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("contactProblem", refusals.text(refused, locale));
		}
		return "redirect:/messages";
	}

	@GetMapping("/contacts/accept")
	String acceptForm() {
		return "contacts/accept";
	}

	@PostMapping("/contacts/accept")
	String accept(Caller caller, @RequestParam String code, @RequestParam(defaultValue = "ACCEPT") String decision,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			var contact = invitations.answer(caller.accountId(), code, !"BLOCK".equals(decision));
			redirect.addFlashAttribute("contactStatus", contact.status().name());
			return "redirect:/messages";
		}
		catch (NotFoundException unknown) {
			model.addAttribute("problem", "unknown");
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("problemText", refusals.text(refused, locale));
		}
		model.addAttribute("code", code);
		return "contacts/accept";
	}

}
