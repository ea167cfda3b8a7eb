package org.homeward.contacts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Invitation;
import org.homeward.contacts.Side;
import org.homeward.contracts.ContactPolicy;
import org.homeward.contracts.ContractView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inmates' invitations (CorrLinks style): the inmate adds a person by name and e-mail;
 * staff approve first where the agency wants that; the person is e-mailed an
 * identification code valid for a while, and accepts or blocks with it. Only the code's
 * hash is kept.
 */
@Service
public class Invitations {

	private final JdbcClient jdbc;

	private final ContactStore store;

	private final InvitationStore invitationStore;

	private final ContactGate gate;

	private final Directory directory;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Members members;

	private final ContactsSettings settings;

	private final Clock clock;

	Invitations(JdbcClient jdbc, ContactStore store, InvitationStore invitationStore, ContactGate gate,
			Directory directory, Mailer mailer, AuditLog audit, Members members, ContactsSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.invitationStore = invitationStore;
		this.gate = gate;
		this.directory = directory;
		this.mailer = mailer;
		this.audit = audit;
		this.members = members;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * An inmate adds a person by name and e-mail (INMATE_INITIATED agencies). The person
	 * is e-mailed an identification code at once, or once staff approve where the agency
	 * wants that.
	 */
	@Transactional
	public Invitation invite(UUID inmateId, String name, String email, Locale locale) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		ContractView contract = gate.writableContract(inmate);
		if (contract.contactPolicy() != ContactPolicy.INMATE_INITIATED) {
			throw new BusinessRuleException("contact-by-family",
					"At " + inmate.agency().name()
							+ " your family and friends add you themselves: they register on Homeward and choose you.",
					List.of(inmate.agency().name()), Map.of());
		}
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		boolean pending = jdbc.sql("""
				select count(*) from contacts.invitation
				 where inmate_id = :inmate and lower(email) = :email and status in ('PENDING_APPROVAL', 'SENT')
				   and (expires_at is null or expires_at > :now)""")
			.param("inmate", inmate.id())
			.param("email", normalized)
			.param("now", now())
			.query(Integer.class)
			.single() > 0;
		if (pending) {
			throw new ConflictException("You have already invited " + normalized + "; the invitation is still open.");
		}
		gate.lockAndCheckCap(inmate, contract);
		UUID id = Ids.next();
		jdbc.sql("""
				insert into contacts.invitation (id, inmate_id, agency_id, name, email, code_hash, status, created_at)
				values (:id, :inmate, :agency, :name, :email, :hash, 'PENDING_APPROVAL', :now)""")
			.param("id", id)
			.param("inmate", inmate.id())
			.param("agency", inmate.agency().id().value())
			.param("name", name.trim())
			.param("email", normalized)
			.param("hash", Hashes.sha256Hex(id.toString()))
			.param("now", now())
			.update();
		if (!contract.invitationsNeedApproval()) {
			send(id, inmate, locale);
		}
		return invitationStore.byId(id);
	}

	/**
	 * The person invited enters the identification code while signed in with the address
	 * it was sent to, and accepts (the contact is ACTIVE) or blocks (the inmate cannot
	 * write to them).
	 * @throws NotFoundException for an unknown code, or one sent to another address (as
	 * for any record not theirs)
	 * @throws BusinessRuleException for an expired or already used code
	 */
	@Transactional
	public ContactView answer(UUID account, String code, boolean accept) {
		String hash = InvitationCodes.hash(code);
		InvitationStore.Open invitation = invitationStore.lockByCode(hash)
			.filter(found -> members.emailOf(account).filter(found.email()::equalsIgnoreCase).isPresent())
			.orElseThrow(() -> new NotFoundException("identification code"));
		if (!invitation.status().equals("SENT")) {
			throw new BusinessRuleException("code-used", "This identification code has already been used.");
		}
		if (invitation.expiresAt() == null || !invitation.expiresAt().isAfter(clock.instant())) {
			String expired = invitation.expiresAt() == null ? "?"
					: invitation.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
			throw new BusinessRuleException("code-expired",
					"This identification code expired on " + expired
							+ ". Ask the person who invited you to add you again for a new code.",
					List.of(expired), Map.of());
		}
		InmateView inmate = directory.inmate(invitation.inmateId()).orElseThrow(() -> new NotFoundException("inmate"));
		ContactView contact = store.put(account, inmate, accept ? ContactStatus.ACTIVE : ContactStatus.BLOCKED,
				accept ? null : Side.FAMILY);
		jdbc.sql("update contacts.invitation set status = :status, contact_id = :contact where id = :id")
			.param("status", accept ? "ACCEPTED" : "BLOCKED")
			.param("contact", contact.id())
			.param("id", invitation.id())
			.update();
		return contact;
	}

	/**
	 * Staff approve (the code is e-mailed now) or decline an inmate's invitation;
	 * recorded in the audit log.
	 */
	@Transactional
	public Invitation decideInvitation(Caller staff, UUID invitationId, boolean approve, Locale locale) {
		staff.staffAgency(Role.FACILITY_STAFF);
		Invitation invitation = invitationStore.lock(invitationId)
			.filter(i -> staff.isStaffOf(i.agency()) && (staff.facility() == null || directory.inmate(i.inmateId())
				.map(inmate -> staff.reaches(inmate.facility().id()))
				.orElse(false)))
			.orElseThrow(() -> new NotFoundException("invitation"));
		if (!invitation.status().equals("PENDING_APPROVAL")) {
			throw new ConflictException("This invitation was already decided (" + invitation.status() + ").");
		}
		jdbc.sql("update contacts.invitation set decided_by = :by where id = :id")
			.param("by", staff.accountId())
			.param("id", invitationId)
			.update();
		if (approve) {
			send(invitationId, directory.inmate(invitation.inmateId()).orElseThrow(), locale);
		}
		else {
			jdbc.sql("update contacts.invitation set status = 'DECLINED' where id = :id")
				.param("id", invitationId)
				.update();
		}
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), invitation.agency(),
				approve ? "invitation.approved" : "invitation.declined", invitationId.toString(), invitation.email(),
				null));
		return invitationStore.byId(invitationId);
	}

	private void send(UUID invitationId, InmateView inmate, Locale locale) {
		String code = InvitationCodes.next();
		Instant expires = clock.instant().plus(settings.invitationValidity());
		jdbc.sql("""
				update contacts.invitation set status = 'SENT', code_hash = :hash, sent_at = :now, expires_at = :expires
				 where id = :id""")
			.param("hash", InvitationCodes.hash(code))
			.param("now", now())
			.param("expires", expires.atOffset(ZoneOffset.UTC))
			.param("id", invitationId)
			.update();
		Invitation invitation = invitationStore.byId(invitationId);
		mailer.send(new Email(invitation.email(), "contact-invitation", locale,
				Map.of("name", invitation.name(), "inmate", inmate.firstName() + " " + inmate.lastName(),
						"inmateNumber", inmate.inmateNumber(), "agency", inmate.agency().name(), "code", code,
						"expires", expires.atOffset(ZoneOffset.UTC).toLocalDate().toString(), "path",
						"/contacts/accept")));
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

}
