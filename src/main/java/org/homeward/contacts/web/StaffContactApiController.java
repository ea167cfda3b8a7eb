package org.homeward.contacts.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.homeward.contacts.internal.ContactImports;
import org.homeward.contacts.internal.Invitations;
import org.homeward.contacts.internal.StaffDecisions;
import org.homeward.contacts.web.ContactApiController.ContactJson;
import org.homeward.contacts.web.ContactApiController.DecisionJson;
import org.homeward.contacts.web.ContactApiController.InvitationJson;
import org.homeward.contacts.web.ContactApiController.PendingJson;
import org.homeward.contacts.web.ContactApiController.PrivilegedJson;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;

/**
 * What agency staff do with contacts: approve requests and invitations, verify legal
 * contacts, import another vendor's list. The role and tenant checks are the services'.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Contacts")
class StaffContactApiController {

	private final StaffDecisions decisions;

	private final Invitations invitations;

	private final ContactImports imports;

	private final Directory directory;

	private final AgencyAccess access;

	StaffContactApiController(StaffDecisions decisions, Invitations invitations, ContactImports imports,
			Directory directory, AgencyAccess access) {
		this.decisions = decisions;
		this.invitations = invitations;
		this.imports = imports;
		this.directory = directory;
		this.access = access;
	}

	@GetMapping("/staff/contacts/pending")
	@Operation(
			summary = "Contact requests and inmates' invitations waiting for the staff member's agency, oldest first")
	PendingJson pending(Caller caller) {
		StaffDecisions.Pending pending = decisions.pending(caller);
		return new PendingJson(pending.contacts().stream().map(contact -> ContactJson.of(contact, directory)).toList(),
				pending.invitations().stream().map(InvitationJson::of).toList());
	}

	@PostMapping("/staff/contacts/{id}/decision")
	@Operation(summary = "Approve or decline a family's contact request")
	ContactJson decideContact(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionJson decision) {
		return ContactJson.of(decisions.decideContact(caller, id, decision.approve()), directory);
	}

	@PostMapping("/staff/contacts/{id}/privileged")
	@Operation(
			summary = "Verify a contact as legal mail: an attorney (with bar number) or a PREA advocate (agency administrators)")
	ContactJson verifyPrivileged(Caller caller, @PathVariable UUID id, @Valid @RequestBody PrivilegedJson request) {
		return ContactJson.of(decisions.verifyPrivileged(caller, id, request.kind(), request.barNumber()), directory);
	}

	@PostMapping("/staff/invitations/{id}/decision")
	@Operation(summary = "Approve (the code is e-mailed) or decline an inmate's invitation")
	InvitationJson decideInvitation(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionJson decision,
			Locale locale) {
		return InvitationJson.of(invitations.decideInvitation(caller, id, decision.approve(), locale));
	}

	@PostMapping(path = "/agencies/{code}/contact-imports", consumes = "multipart/form-data")
	@Operation(
			summary = "Import a contact list from another vendor (CSV: inmate_number,email): agency administrators and operators")
	ContactImports.Report importContacts(Caller caller, @PathVariable @Size(max = 32) String code,
			@RequestPart("file") MultipartFile file) throws IOException {
		return imports.importCsv(access.toAdminister(caller, code), file.getInputStream(), caller);
	}

}
