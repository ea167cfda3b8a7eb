package org.homeward.messaging.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.ContractView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.messaging.internal.Attachments;
import org.homeward.messaging.internal.Correspondence;
import org.homeward.messaging.internal.Correspondence.Draft;
import org.homeward.messaging.internal.Drafts;
import org.homeward.messaging.internal.Mailbox;
import org.homeward.messaging.internal.MessageRecords;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.homeward.stamps.Stamps;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's message pages: conversations and contacts, writing with photos (the
 * character count and the stamp cost update as they type, the draft is saved on the
 * server as they type), a message with its status history, and the exports.
 */
@Controller
class MessagePageController {

	/** A contact as the messages page lists it. */
	record ContactRow(ContactView contact, @Nullable InmateView inmate, long stamps, boolean open) {
	}

	/** A message as the lists show it. */
	record MessageRow(MessageView message, @Nullable InmateView inmate) {
	}

	private final Correspondence correspondence;

	private final Mailbox mailbox;

	private final MessageRecords records;

	private final Attachments attachments;

	private final Drafts drafts;

	private final Contacts contacts;

	private final Directory directory;

	private final Stamps stamps;

	private final Refusals refusals;

	MessagePageController(Correspondence correspondence, Mailbox mailbox, MessageRecords records,
			Attachments attachments, Drafts drafts, Contacts contacts, Directory directory, Stamps stamps,
			Refusals refusals) {
		this.correspondence = correspondence;
		this.mailbox = mailbox;
		this.records = records;
		this.attachments = attachments;
		this.drafts = drafts;
		this.contacts = contacts;
		this.directory = directory;
		this.stamps = stamps;
		this.refusals = refusals;
	}

	@GetMapping("/messages")
	String messages(Caller caller, Model model) {
		UUID account = caller.accountId();
		model.addAttribute("contacts", contacts.ofAccount(account).stream().map(c -> {
			InmateView inmate = directory.inmate(c.inmateId()).orElse(null);
			return new ContactRow(c, inmate, stamps.balance(account, c.agency()), inmate != null && open(inmate));
		}).toList());
		model.addAttribute("inbox", rows(mailbox.familyFolder(account, true)));
		model.addAttribute("sent", rows(mailbox.familyFolder(account, false)));
		model.addAttribute("drafts",
				drafts.of(account)
					.stream()
					.map(d -> Map.of("draft", d, "inmate",
							directory.inmate(d.inmateId()).map(i -> i.firstName() + " " + i.lastName()).orElse("")))
					.toList());
		return "messaging/messages";
	}

	@GetMapping("/messages/new")
	String compose(Caller caller, @RequestParam UUID inmate, @RequestParam(required = false) @Nullable UUID draft,
			Locale locale, Model model) {
		InmateView who = directory.inmate(inmate).orElseThrow(() -> new NotFoundException("inmate"));
		Drafts.DraftView saved = draft != null ? drafts.get(caller.accountId(), draft).orElse(null)
				: drafts.latest(caller.accountId(), inmate, null).orElse(null);
		return composePage(caller, who, saved == null ? UUID.randomUUID() : saved.id(),
				saved == null ? "" : saved.body(), saved != null && saved.prepaidReply(), locale, model);
	}

	@PostMapping("/messages/drafts")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void saveDraft(Caller caller, @RequestParam UUID draftId, @RequestParam UUID inmateId, @RequestParam String body,
			@RequestParam(defaultValue = "false") boolean prepaidReply) {
		if (body.length() > Drafts.MAX_CHARS) {
			throw new InvalidInputException("body", "is too long to keep");
		}
		drafts.save(caller.accountId(), "FAMILY", draftId, inmateId, null, body, List.of(), prepaidReply);
	}

	@PostMapping("/messages/quote")
	String quote(Caller caller, @RequestParam UUID inmateId, @RequestParam String body,
			@RequestParam(defaultValue = "0") int photoCount,
			@RequestParam(defaultValue = "false") boolean prepaidReply, Locale locale, Model model) {
		if (body.isBlank() && photoCount <= 0) {
			// nothing written yet: nothing is wrong, the cost appears as they write
			model.addAttribute("hint", true);
			return "messaging/compose :: quote";
		}
		List<UUID> placeholders = new ArrayList<>();
		for (int i = 0; i < Math.min(Math.max(photoCount, 0), Correspondence.MAX_PHOTOS + 1); i++) {
			placeholders.add(UUID.randomUUID());
		}
		try {
			model.addAttribute("quote",
					correspondence.quote(caller.accountId(), new Draft(inmateId, body, placeholders, prepaidReply)));
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			model.addAttribute("problem", refusals.text(refused, locale));
		}
		return "messaging/compose :: quote";
	}

	@PostMapping(path = "/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String send(Caller caller, @RequestParam UUID inmateId, @RequestParam UUID draftId, @RequestParam String key,
			@RequestParam String body, @RequestParam(defaultValue = "false") boolean prepaidReply,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files, Locale locale,
			Model model, RedirectAttributes redirect) throws IOException {
		InmateView who = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		UUID account = caller.accountId();
		drafts.save(account, "FAMILY", draftId, inmateId, null, body, List.of(), prepaidReply);
		try {
			List<UUID> ids = new ArrayList<>();
			for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
				if (file.isEmpty()) {
					continue;
				}
				if (ids.size() == Correspondence.MAX_PHOTOS) {
					throw new InvalidInputException(InvalidInputException.FieldError.of("photos", "photos-at-most",
							"at most " + Correspondence.MAX_PHOTOS + " photos can be sent",
							String.valueOf(Correspondence.MAX_PHOTOS)));
				}
				try {
					ids.add(attachments.upload(account, file.getBytes(), file.getOriginalFilename()).id());
				}
				catch (InvalidInputException refused) {
					model.addAttribute("problem", file.getOriginalFilename() + ": " + refusals.text(refused, locale));
					return composePage(caller, who, draftId, body, prepaidReply, locale, model);
				}
			}
			Correspondence.Sent sent = correspondence.send(account, key, new Draft(inmateId, body, ids, prepaidReply),
					draftId);
			redirect.addFlashAttribute("sentStamps", sent.stamps());
			return "redirect:/messages/" + sent.id();
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			model.addAttribute("problem", refusals.text(refused, locale));
			model.addAttribute("buyStamps",
					refused instanceof BusinessRuleException rule && "not-enough-stamps".equals(rule.code()));
		}
		return composePage(caller, who, draftId, body, prepaidReply, locale, model);
	}

	@GetMapping("/messages/{id}")
	String message(Caller caller, @PathVariable UUID id, Model model) {
		MessageView message = mailbox.readAsFamily(caller.accountId(), id);
		model.addAttribute("message", message);
		model.addAttribute("inmate", directory.inmate(message.inmateId()).orElse(null));
		model.addAttribute("photos", attachments.ofMessage(id));
		model.addAttribute("history", records.historyOf(id));
		return "messaging/message";
	}

	private String composePage(Caller caller, InmateView who, UUID draftId, String body, boolean prepaidReply,
			Locale locale, Model model) {
		model.addAttribute("inmate", who);
		ContractView contract;
		try {
			contract = correspondence.contractFor(who);
		}
		catch (BusinessRuleException closed) {
			// nothing can be written (the agency's contract is ending, or the facility
			// has no messaging): say why
			model.addAttribute("closed", refusals.text(closed, locale));
			return "messaging/compose-closed";
		}
		model.addAttribute("rules", contract.messageRules());
		model.addAttribute("maxPhotos", contract.messageRules().photosAllowed()
				? Math.min(Correspondence.MAX_PHOTOS, contract.messageRules().maxPhotos()) : 0);
		model.addAttribute("draftId", draftId);
		model.addAttribute("body", body);
		model.addAttribute("prepaidReply", prepaidReply);
		model.addAttribute("key", UUID.randomUUID().toString());
		model.addAttribute("balance", stamps.balance(caller.accountId(), who.agency().id()));
		if (body.isBlank()) {
			// nothing written yet: nothing to refuse; the cost appears as they write
			model.addAttribute("hint", true);
			return "messaging/compose";
		}
		try {
			model.addAttribute("quote",
					correspondence.quote(caller.accountId(), new Draft(who.id(), body, List.of(), prepaidReply)));
		}
		catch (BusinessRuleException | InvalidInputException refused) {
			model.addAttribute("problem", model.getAttribute("problem") != null ? model.getAttribute("problem")
					: refusals.text(refused, locale));
		}
		return "messaging/compose";
	}

	/** Whether messages can be written to the inmate's facility now. */
	private boolean open(InmateView inmate) {
		try {
			correspondence.contractFor(inmate);
			return true;
		}
		catch (BusinessRuleException closed) {
			return false;
		}
	}

	private List<MessageRow> rows(List<MessageView> messages) {
		return messages.stream().map(m -> new MessageRow(m, directory.inmate(m.inmateId()).orElse(null))).toList();
	}

}
