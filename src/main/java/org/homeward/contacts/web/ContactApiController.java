package org.homeward.contacts.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Side;
import org.homeward.contacts.internal.ContactBook;
import org.homeward.contacts.internal.ContactImports;
import org.homeward.contacts.Invitation;
import org.homeward.directory.Directory;
import org.homeward.directory.PublicInmate;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.jspecify.annotations.Nullable;
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Contacts over the API: families, inmates at the kiosk, and the staff who approve them. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contacts")
class ContactApiController {

	private final ContactBook book;

	private final org.homeward.contacts.internal.Invitations invitations;

	private final Directory directory;

	private final Members members;

	private final ContactImports imports;

	private final org.homeward.directory.AgencyAccess access;

	ContactApiController(ContactBook book, org.homeward.contacts.internal.Invitations invitations, Directory directory, Members members, ContactImports imports,
			org.homeward.directory.AgencyAccess access) {
		this.book = book;
		this.invitations = invitations;
		this.directory = directory;
		this.members = members;
		this.imports = imports;
		this.access = access;
	}

	@GetMapping("/contacts")
	@Operation(summary = "The family member's contacts, newest first")
	List<ContactJson> contacts(Caller caller) {
		return book.ofAccount(caller.family()).stream().map(this::json).toList();
	}

	@PostMapping("/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask to write to an inmate: ACTIVE at once (OPEN agencies) or PENDING_APPROVAL (staff approve)")
	ContactJson request(Caller caller, @Valid @RequestBody ContactRequestJson request) {
		return json(book.request(caller.family(), request.inmateId()));
	}

	@PostMapping("/contacts/accept")
	@Operation(summary = "Enter the identification code of an inmate's invitation: accept (default) or BLOCK")
	ContactJson accept(Caller caller, @Valid @RequestBody AcceptJson request) {
		return json(invitations.answer(caller.family(), request.code(), !"BLOCK".equals(request.decision())));
	}

	@PostMapping("/contacts/{id}/block")
	@Operation(summary = "Block a contact: the inmate can no longer write to you, nor you to them")
	ContactJson block(Caller caller, @PathVariable UUID id) {
		return json(book.block(id, Side.FAMILY, caller.family()));
	}

	@PostMapping("/contacts/{id}/unblock")
	@Operation(summary = "Lift a block you set")
	ContactJson unblock(Caller caller, @PathVariable UUID id) {
		return json(book.unblock(id, Side.FAMILY, caller.family()));
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
	@Operation(summary = "The inmate adds a person by name and e-mail (INMATE_INITIATED agencies); they get an identification code")
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

	@GetMapping("/staff/contacts/pending")
	@Operation(summary = "Contact requests and inmates' invitations waiting for the staff member's agency, oldest first")
	PendingJson pending(Caller caller) {
		ContactBook.Pending pending = book.pending(caller);
		return new PendingJson(pending.contacts().stream().map(this::json).toList(),
				pending.invitations().stream().map(InvitationJson::of).toList());
	}

	@PostMapping("/staff/contacts/{id}/decision")
	@Operation(summary = "Approve or decline a family's contact request")
	ContactJson decideContact(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionJson decision) {
		return json(book.decideContact(caller, id, decision.approve()));
	}

	@PostMapping("/staff/contacts/{id}/privileged")
	@Operation(summary = "Verify a contact as legal mail: an attorney (with bar number) or a PREA advocate (agency administrators)")
	ContactJson verifyPrivileged(Caller caller, @PathVariable UUID id, @Valid @RequestBody PrivilegedJson request) {
		caller.staffAgency(Role.ADMINISTRATION);
		return json(book.verifyPrivileged(caller, id, request.kind(), request.barNumber()));
	}

	@PostMapping("/staff/invitations/{id}/decision")
	@Operation(summary = "Approve (the code is e-mailed) or decline an inmate's invitation")
	InvitationJson decideInvitation(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionJson decision,
			Locale locale) {
		return InvitationJson.of(invitations.decideInvitation(caller, id, decision.approve(), locale));
	}

	@PostMapping(path = "/agencies/{code}/contact-imports", consumes = "multipart/form-data")
	@Operation(summary = "Import a contact list from another vendor (CSV: inmate_number,email): agency administrators and operators")
	ContactImports.Report importContacts(Caller caller, @org.springframework.web.bind.annotation.PathVariable String code,
			@org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		return imports.importCsv(access.toAdminister(caller, code), file.getInputStream(), caller);
	}

	private ContactJson json(ContactView contact) {
		return new ContactJson(contact.id(), directory.inmate(contact.inmateId()).map(PublicInmate::of).orElse(null),
				contact.status().name(), contact.blockedBy() == null ? null : contact.blockedBy().name(), contact.createdAt(),
				contact.privileged());
	}

	private KioskContactJson kioskJson(ContactView contact) {
		return new KioskContactJson(contact.id(), contact.accountId(),
				members.member(contact.accountId()).map(Members.Member::displayName).orElse(""), contact.status().name(),
				contact.blockedBy() == null ? null : contact.blockedBy().name());
	}


	record ContactRequestJson(@NotNull UUID inmateId) {
	}

	record AcceptJson(@NotBlank @Size(max = 20) String code,
			@Nullable @Pattern(regexp = "ACCEPT|BLOCK", message = "must be ACCEPT or BLOCK") String decision) {
	}

	record InviteJson(@NotBlank @Size(max = 120) String name,
			@NotBlank @Email(message = "must be an e-mail address") @Size(max = 254) String email) {
	}

	record DecisionJson(@NotNull @Pattern(regexp = "APPROVE|DECLINE", message = "must be APPROVE or DECLINE") String decision) {

		boolean approve() {
			return "APPROVE".equals(decision);
		}

	}

	record ContactJson(UUID id, @Nullable PublicInmate inmate, String status, @Nullable String blockedBy, Instant createdAt,
			boolean privileged) {
	}

	record PrivilegedJson(@NotNull @Pattern(regexp = "ATTORNEY|PREA_ADVOCATE", message = "must be ATTORNEY or PREA_ADVOCATE") String kind,
			@Nullable @Size(max = 40) String barNumber) {
	}

	record KioskContactJson(UUID id, UUID accountId, String name, String status, @Nullable String blockedBy) {
	}

	record InvitationJson(UUID id, String name, String email, String status, Instant createdAt, @Nullable Instant expiresAt) {

		static InvitationJson of(Invitation invitation) {
			return new InvitationJson(invitation.id(), invitation.name(), invitation.email(), invitation.status(),
					invitation.createdAt(), invitation.expiresAt());
		}

	}

	record KioskContactsJson(List<KioskContactJson> contacts, List<InvitationJson> invitations) {
	}

	record PendingJson(List<ContactJson> contacts, List<InvitationJson> invitations) {
	}

}
