package org.homeward.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contacts.internal.StaffDecisions;
import org.homeward.directory.AgencyAccess;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InmateFile;
import org.homeward.shared.InmateFile.Field;
import org.homeward.shared.InmateFile.Form;
import org.homeward.shared.InmateFile.Option;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.SupportConsole.Cell;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inmate's contacts on their staff page: who, since when, and whether they wait for
 * approval or are verified as legal mail; facility staff approve or decline a request,
 * administrators verify a contact as an attorney or a PREA advocate (audited, in
 * {@link StaffDecisions}).
 */
@Controller
class ContactsInmateFile implements InmateFile.Contribution {

	private final Contacts contacts;

	private final StaffDecisions decisions;

	private final Members members;

	private final AgencyAccess access;

	private final MessageSource messages;

	ContactsInmateFile(Contacts contacts, StaffDecisions decisions, Members members, AgencyAccess access,
			MessageSource messages) {
		this.contacts = contacts;
		this.decisions = decisions;
		this.members = members;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		boolean decides = staff.hasAnyRole(Role.FACILITY_STAFF);
		boolean verifies = staff.hasAnyRole(Role.ADMINISTRATION);
		String base = "/staff/inmates/" + inmate + "/contacts/";
		List<InmateFile.Row> rows = new ArrayList<>();
		for (ContactView contact : contacts.ofInmate(inmate)) {
			List<Form> actions = new ArrayList<>();
			if (decides && contact.status() == ContactStatus.PENDING_APPROVAL) {
				actions
					.add(new Form(
							"inmateFile.decide", base + contact.id() + "/decision", List.of(
									Field.choice("decision", "inmateFile.decision",
											List.of(new Option("APPROVE", words("inmateFile.approve", locale)),
													new Option("DECLINE", words("inmateFile.decline", locale))))),
							null));
			}
			if (verifies && !contact.privileged() && contact.status() == ContactStatus.ACTIVE) {
				actions.add(
						new Form(
								"inmateFile.verifyLegal", base + contact.id() + "/legal", List.of(
										Field.choice("kind", "inmateFile.legalKind",
												List.of(new Option("ATTORNEY", words("inmateFile.attorney", locale)),
														new Option("PREA_ADVOCATE",
																words("inmateFile.advocate", locale)))),
										Field.text("barNumber", "inmateFile.barNumber", 40, false)),
								"inmateFile.verifyConfirm"));
			}
			rows.add(new InmateFile.Row(
					List.of(Cell.text(members.member(contact.accountId()).map(Members.Member::displayName).orElse("")),
							Cell.text(words("contacts.status." + contact.status().name(), locale)),
							Cell.text(
									words(contact.privileged() ? "inmateFile.legalYes" : "inmateFile.legalNo", locale)),
							Cell.at(contact.createdAt())),
					null, actions));
		}
		return List.of(new InmateFile.Section(30, "inmateFile.contacts", null,
				List.of("inmateFile.person", "staffInmates.status", "inmateFile.legal", "inmateFile.since"), rows,
				List.of()));
	}

	@PostMapping("/staff/inmates/{id}/contacts/{contact}/decision")
	String decide(Caller caller, @PathVariable UUID id, @PathVariable UUID contact, @RequestParam String decision,
			Locale locale, RedirectAttributes redirect) {
		ofInmate(caller, id, contact);
		try {
			decisions.decideContact(caller, contact, decision.equals("APPROVE"));
			redirect.addFlashAttribute("done",
					words(decision.equals("APPROVE") ? "inmateFile.approved" : "inmateFile.declined", locale));
		}
		catch (ConflictException already) {
			redirect.addFlashAttribute("refused", already.getMessage());
		}
		return "redirect:/staff/inmates/" + id;
	}

	@PostMapping("/staff/inmates/{id}/contacts/{contact}/legal")
	String verify(Caller caller, @PathVariable UUID id, @PathVariable UUID contact, @RequestParam String kind,
			@RequestParam(required = false) @Nullable String barNumber, Locale locale, RedirectAttributes redirect) {
		ofInmate(caller, id, contact);
		if (!kind.equals("ATTORNEY") && !kind.equals("PREA_ADVOCATE")) {
			throw new InvalidInputException("kind", "is ATTORNEY or PREA_ADVOCATE");
		}
		try {
			decisions.verifyPrivileged(caller, contact, kind,
					barNumber == null || barNumber.isBlank() ? null : barNumber.strip());
			redirect.addFlashAttribute("done", words("inmateFile.verified", locale));
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", words("inmateFile.barNeeded", locale));
		}
		return "redirect:/staff/inmates/" + id;
	}

	/** The contact, when it is one of this inmate's and the inmate is within reach. */
	private void ofInmate(Caller caller, UUID inmate, UUID contact) {
		access.inmateFor(caller, inmate);
		contacts.ofInmate(inmate)
			.stream()
			.filter(c -> c.id().equals(contact))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("contact"));
	}

	private String words(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
