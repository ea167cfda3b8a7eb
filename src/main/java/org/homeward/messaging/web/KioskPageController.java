package org.homeward.messaging.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contacts.Side;
import org.homeward.contracts.ContactPolicy;
import org.homeward.contracts.Contracts;
import org.homeward.messaging.internal.Attachments;
import org.homeward.messaging.internal.Correspondence;
import org.homeward.messaging.internal.Drafts;
import org.homeward.messaging.internal.KioskPrinting;
import org.homeward.messaging.internal.Mailbox;
import org.homeward.messaging.internal.MessageRecords;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.messaging.internal.PhotoAccess;
import org.homeward.messaging.internal.ReplyStamps;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.EmailAddresses;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.homeward.stamps.Stamps;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kiosk pages an inmate uses: the inbox, reading (the sender sees READ), replying
 * with a draft saved as they type, contacts, and adding a person where the agency lets
 * inmates start contacts.
 */
@Controller
class KioskPageController {

	/** A contact as the kiosk lists it. */
	record KioskContact(ContactView contact, String name, int replyStamps) {
	}

	private final Correspondence correspondence;

	private final Mailbox mailbox;

	private final MessageRecords records;

	private final ReplyStamps replyStamps;

	private final Attachments attachments;

	private final PhotoAccess photos;

	private final Drafts drafts;

	private final Contacts contacts;

	private final Contracts contracts;

	private final Members members;

	private final Stamps stamps;

	private final Refusals refusals;

	private final KioskPrinting printing;

	KioskPageController(Correspondence correspondence, Mailbox mailbox, MessageRecords records, ReplyStamps replyStamps,
			Attachments attachments, PhotoAccess photos, Drafts drafts, Contacts contacts, Contracts contracts,
			Members members, Stamps stamps, Refusals refusals, KioskPrinting printing) {
		this.printing = printing;
		this.correspondence = correspondence;
		this.mailbox = mailbox;
		this.records = records;
		this.replyStamps = replyStamps;
		this.attachments = attachments;
		this.photos = photos;
		this.drafts = drafts;
		this.contacts = contacts;
		this.contracts = contracts;
		this.members = members;
		this.stamps = stamps;
		this.refusals = refusals;
	}

	@GetMapping("/kiosk/inbox")
	String inbox(Caller caller, Model model) {
		UUID inmate = caller.accountId();
		model.addAttribute("messages",
				mailbox.kioskInbox(inmate, 100)
					.stream()
					.map(m -> Map.of("message", m, "from", name(m.accountId())))
					.toList());
		model.addAttribute("sent",
				mailbox.sentByInmate(inmate, 50)
					.stream()
					.map(m -> Map.of("message", m, "to", name(m.accountId())))
					.toList());
		model.addAttribute("contacts",
				contacts.ofInmate(inmate)
					.stream()
					.map(c -> new KioskContact(c, name(c.accountId()), replyStamps.from(inmate, c.accountId())))
					.toList());
		model.addAttribute("invitations", contacts.invitationsOf(inmate));
		model.addAttribute("mayInvite",
				caller.agency() != null && contracts.contractOf(caller.agency())
					.map(c -> c.contactPolicy() == ContactPolicy.INMATE_INITIATED)
					.orElse(false));
		model.addAttribute("stamps", caller.agency() == null ? 0 : stamps.inmateBalance(inmate, caller.agency()));
		return "kiosk/inbox";
	}

	@GetMapping("/kiosk/messages/{id}")
	String read(Caller caller, @PathVariable UUID id, Model model) {
		MessageView message = mailbox.readAsInmate(caller.accountId(), id);
		model.addAttribute("message", message);
		model.addAttribute("from", name(message.accountId()));
		model.addAttribute("photos", attachments.deliveredOf(id));
		model.addAttribute("printing", printing.price(caller.accountId(), id));
		model.addAttribute("printKey", UUID.randomUUID().toString());
		return writePage(caller, message.accountId(), model);
	}

	@PostMapping("/kiosk/messages/{id}/print")
	String print(Caller caller, @PathVariable UUID id, @RequestParam String key, Locale locale,
			RedirectAttributes redirect) {
		try {
			printing.print(caller.accountId(), id, key);
			redirect.addFlashAttribute("printNow", true);
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("printProblem", refusals.text(refused, locale));
		}
		return "redirect:/kiosk/messages/" + id;
	}

	@GetMapping("/kiosk/write")
	String write(Caller caller, @RequestParam UUID account, Model model) {
		return writePage(caller, account, model);
	}

	@PostMapping("/kiosk/drafts")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void saveDraft(Caller caller, @RequestParam UUID draftId, @RequestParam UUID accountId, @RequestParam String body) {
		if (body.length() > Drafts.MAX_CHARS) {
			throw new InvalidInputException("body", "is too long to keep");
		}
		drafts.save(caller.accountId(), "INMATE", draftId, caller.accountId(), accountId, body, List.of(), false);
	}

	@PostMapping("/kiosk/messages")
	String reply(Caller caller, @RequestParam UUID accountId, @RequestParam UUID draftId, @RequestParam String key,
			@RequestParam String body, Locale locale, Model model, RedirectAttributes redirect) {
		drafts.save(caller.accountId(), "INMATE", draftId, caller.accountId(), accountId, body, List.of(), false);
		try {
			Correspondence.Sent sent = correspondence.reply(caller.accountId(), key, accountId, body, draftId);
			redirect.addFlashAttribute("sentStamps", sent.stamps());
			return "redirect:/kiosk/inbox";
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			model.addAttribute("problem", refusals.text(refused, locale));
		}
		return writePage(caller, accountId, model);
	}

	@PostMapping("/kiosk/contacts")
	String invite(Caller caller, @RequestParam String name, @RequestParam String email, Locale locale,
			RedirectAttributes redirect) {
		try {
			if (name.isBlank() || name.length() > 120 || !EmailAddresses.valid(email)) {
				throw new InvalidInputException("email", "Enter the person's name and a valid e-mail address.");
			}
			var invitation = contacts.invite(caller.accountId(), name, email, locale);
			redirect.addFlashAttribute("invited", invitation.status());
		}
		catch (InvalidInputException | BusinessRuleException | ConflictException refused) {
			redirect.addFlashAttribute("inviteProblem", refusals.text(refused, locale));
		}
		return "redirect:/kiosk/inbox";
	}

	@PostMapping("/kiosk/contacts/{id}/block")
	String block(Caller caller, @PathVariable UUID id) {
		contacts.block(id, Side.INMATE, caller.accountId());
		return "redirect:/kiosk/inbox";
	}

	@PostMapping("/kiosk/contacts/{id}/unblock")
	String unblock(Caller caller, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		try {
			contacts.unblock(id, Side.INMATE, caller.accountId());
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("inviteProblem", refusals.text(refused, locale));
		}
		return "redirect:/kiosk/inbox";
	}

	@GetMapping("/kiosk/photos/{id}")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable UUID id) {
		return MessageApiController.photoResponse(photos, caller, id, false);
	}

	@GetMapping("/kiosk/photos/{id}/thumbnail")
	ResponseEntity<byte[]> thumbnail(Caller caller, @PathVariable UUID id) {
		return MessageApiController.photoResponse(photos, caller, id, true);
	}

	private String writePage(Caller caller, UUID account, Model model) {
		ContactView contact = contacts.between(account, caller.accountId())
			.orElseThrow(() -> new NotFoundException("contact"));
		Drafts.DraftView draft = drafts.latest(caller.accountId(), caller.accountId(), account).orElse(null);
		model.addAttribute("contact", contact);
		model.addAttribute("to", name(account));
		model.addAttribute("mayWrite", contact.status() == ContactStatus.ACTIVE);
		model.addAttribute("replyStamps", replyStamps.from(caller.accountId(), account));
		model.addAttribute("stamps",
				caller.agency() == null ? 0 : stamps.inmateBalance(caller.accountId(), caller.agency()));
		model.addAttribute("draftId", draft == null ? UUID.randomUUID() : draft.id());
		if (!model.containsAttribute("body") || model.getAttribute("body") == null) {
			model.addAttribute("body", draft == null ? "" : draft.body());
		}
		model.addAttribute("key", UUID.randomUUID().toString());
		return "kiosk/message";
	}

	private String name(@Nullable UUID account) {
		return account == null ? "" : members.member(account).map(Members.Member::displayName).orElse("");
	}

}
