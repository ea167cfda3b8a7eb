package org.homeward.contacts.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Invitation;
import org.homeward.contacts.Side;
import org.homeward.contacts.internal.ContactBook;
import org.homeward.contacts.internal.Invitations;
import org.homeward.directory.Directory;
import org.homeward.directory.PublicInmate;
import org.homeward.shared.Caller;
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

/**
 * A family's contacts over the API (the kiosk's and the staff's are their own
 * controllers).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contacts")
class ContactApiController {

	private final ContactBook book;

	private final Invitations invitations;

	private final Directory directory;

	ContactApiController(ContactBook book, Invitations invitations, Directory directory) {
		this.book = book;
		this.invitations = invitations;
		this.directory = directory;
	}

	@GetMapping("/contacts")
	@Operation(summary = "The family member's contacts, newest first")
	List<ContactJson> contacts(Caller caller) {
		return book.ofAccount(caller.family()).stream().map(this::json).toList();
	}

	@PostMapping("/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Ask to write to an inmate: ACTIVE at once (OPEN agencies) or PENDING_APPROVAL (staff approve)")
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

	private ContactJson json(ContactView contact) {
		return ContactJson.of(contact, directory);
	}

	record ContactRequestJson(@NotNull UUID inmateId) {
	}

	record AcceptJson(@NotBlank @Size(max = 20) String code,
			@Nullable @Pattern(regexp = "ACCEPT|BLOCK", message = "must be ACCEPT or BLOCK") String decision) {
	}

	record InviteJson(@NotBlank @Size(max = 120) String name,
			@NotBlank @Email(message = "must be an e-mail address") @Size(max = 254) String email) {
	}

	record DecisionJson(
			@NotNull @Pattern(regexp = "APPROVE|DECLINE", message = "must be APPROVE or DECLINE") String decision) {

		boolean approve() {
			return "APPROVE".equals(decision);
		}

	}

	record ContactJson(UUID id, @Nullable PublicInmate inmate, String status, @Nullable String blockedBy,
			Instant createdAt, boolean privileged) {

		static ContactJson of(ContactView contact, Directory directory) {
			return new ContactJson(contact.id(),
					directory.inmate(contact.inmateId()).map(PublicInmate::of).orElse(null), contact.status().name(),
					contact.blockedBy() == null ? null : contact.blockedBy().name(), contact.createdAt(),
					contact.privileged());
		}

	}

	record PrivilegedJson(
			@NotNull @Pattern(regexp = "ATTORNEY|PREA_ADVOCATE",
					message = "must be ATTORNEY or PREA_ADVOCATE") String kind,
			@Nullable @Size(max = 40) String barNumber) {
	}

	record KioskContactJson(UUID id, UUID accountId, String name, String status, @Nullable String blockedBy) {
	}

	record InvitationJson(UUID id, String name, String email, String status, Instant createdAt,
			@Nullable Instant expiresAt) {

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
