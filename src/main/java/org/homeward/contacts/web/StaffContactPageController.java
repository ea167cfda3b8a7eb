package org.homeward.contacts.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contacts.internal.Invitations;
import org.homeward.contacts.internal.StaffDecisions;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff console's contact approvals: families' requests and inmates' invitations
 * waiting for the agency.
 */
@Controller
class StaffContactPageController {

	private final StaffDecisions decisions;

	private final Invitations invitations;

	private final Directory directory;

	private final Members members;

	StaffContactPageController(StaffDecisions decisions, Invitations invitations, Directory directory,
			Members members) {
		this.decisions = decisions;
		this.invitations = invitations;
		this.directory = directory;
		this.members = members;
	}

	@GetMapping("/staff/contacts")
	String pending(Caller caller, Model model) {
		StaffDecisions.Pending pending = decisions.pending(caller);
		model.addAttribute("requests",
				pending.contacts()
					.stream()
					.map(c -> Map.of("contact", c, "family",
							members.member(c.accountId()).map(m -> m.displayName() + " <" + m.email() + ">").orElse(""),
							"inmate",
							directory.inmate(c.inmateId())
								.map(i -> i.firstName() + " " + i.lastName() + " (" + i.inmateNumber() + ")")
								.orElse("")))
					.toList());
		model.addAttribute("invitations",
				pending.invitations()
					.stream()
					.map(i -> Map.of("invitation", i, "inmate",
							directory.inmate(i.inmateId())
								.map(x -> x.firstName() + " " + x.lastName() + " (" + x.inmateNumber() + ")")
								.orElse("")))
					.toList());
		return "contacts/staff-pending";
	}

	@PostMapping("/staff/contacts/{id}")
	String decideContact(Caller caller, @PathVariable UUID id, @RequestParam String decision,
			RedirectAttributes redirect) {
		try {
			decisions.decideContact(caller, id, decision.equals("APPROVE"));
			redirect.addFlashAttribute("decided", decision);
		}
		catch (ConflictException already) {
			redirect.addFlashAttribute("refused", already.getMessage());
		}
		return "redirect:/staff/contacts";
	}

	@PostMapping("/staff/invitations/{id}")
	String decideInvitation(Caller caller, @PathVariable UUID id, @RequestParam String decision, Locale locale,
			RedirectAttributes redirect) {
		try {
			invitations.decideInvitation(caller, id, decision.equals("APPROVE"), locale);
			redirect.addFlashAttribute("decided", decision);
		}
		catch (ConflictException already) {
			redirect.addFlashAttribute("refused", already.getMessage());
		}
		return "redirect:/staff/contacts";
	}

}
