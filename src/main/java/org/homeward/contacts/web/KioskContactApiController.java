package org.homeward.contacts.web;

import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Side;
import org.homeward.contacts.internal.ContactBook;
import org.homeward.contacts.web.ContactApiController.InvitationJson;
import org.homeward.contacts.web.ContactApiController.InviteJson;
import org.homeward.contacts.web.ContactApiController.KioskContactJson;
import org.homeward.contacts.web.ContactApiController.KioskContactsJson;
import org.homeward.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** An inmate's contacts at the kiosk: who may write, invitations, blocks. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contacts")
class KioskContactApiController {

	private final ContactBook book;

	private final Members members;

	KioskContactApiController(ContactBook book, Members members) {
		this.book = book;
		this.members = members;
	}

	@GetMapping("/kiosk/contacts")
	@Operation(summary = "The inmate's contacts and invitations")
	KioskContactsJson kioskContacts(Caller caller) {
		UUID inmate = caller.inmate();
		return new KioskContactsJson(book.ofInmate(inmate).stream().map(this::kioskJson).toList(),
				book.invitationsOf(inmate).stream().map(InvitationJson::of).toList());
	}

	@PostMapping("/kiosk/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "The inmate adds a person by name and e-mail (INMATE_INITIATED agencies); they get an identification code")
	InvitationJson invite(Caller caller, @Valid @RequestBody InviteJson request, Locale locale) {
		return InvitationJson.of(book.invite(caller.inmate(), request.name(), request.email(), locale));
	}

	@PostMapping("/kiosk/contacts/{id}/block")
	@Operation(summary = "The inmate blocks a contact")
	KioskContactJson kioskBlock(Caller caller, @PathVariable UUID id) {
		return kioskJson(book.block(id, Side.INMATE, caller.inmate()));
	}

	@PostMapping("/kiosk/contacts/{id}/unblock")
	@Operation(summary = "The inmate lifts a block they set")
	KioskContactJson kioskUnblock(Caller caller, @PathVariable UUID id) {
		return kioskJson(book.unblock(id, Side.INMATE, caller.inmate()));
	}

	private KioskContactJson kioskJson(ContactView contact) {
		return new KioskContactJson(contact.id(), contact.accountId(),
				members.member(contact.accountId()).map(Members.Member::displayName).orElse(""),
				contact.status().name(), contact.blockedBy() == null ? null : contact.blockedBy().name());
	}

}
