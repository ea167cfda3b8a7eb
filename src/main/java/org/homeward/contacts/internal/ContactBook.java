package org.homeward.contacts.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Invitation;
import org.homeward.contacts.Contacts;
import org.homeward.contacts.Side;
import org.homeward.contracts.ContactPolicy;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact book: requests by families, invitations by inmates, staff approvals, blocks, and the cap per inmate.
 * Every change to an inmate's contacts first locks that inmate's row in {@code contacts.inmate_lock}, so that the cap
 * holds when many families ask at once.
 */
@org.springframework.stereotype.Service
public class ContactBook implements Contacts {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Contracts contracts;

	private final Mailer mailer;

	private final AuditLog audit;

	private final ContactsSettings settings;

	private final Clock clock;

	ContactBook(JdbcClient jdbc, Directory directory, Contracts contracts, Mailer mailer, AuditLog audit,
			ContactsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.contracts = contracts;
		this.mailer = mailer;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Optional<ContactView> between(UUID account, UUID inmate) {
		return jdbc.sql("select * from contacts.contact where account_id = :account and inmate_id = :inmate")
			.param("account", account).param("inmate", inmate)
			.query(ContactBook::contact).optional();
	}

	@Override
	public List<ContactView> ofAccount(UUID account) {
		return jdbc.sql("select * from contacts.contact where account_id = :account order by created_at desc")
			.param("account", account).query(ContactBook::contact).list();
	}

	@Override
	public List<ContactView> ofInmate(UUID inmate) {
		return jdbc.sql("select * from contacts.contact where inmate_id = :inmate order by created_at desc")
			.param("inmate", inmate).query(ContactBook::contact).list();
	}

	@Override
	public List<UUID> accountsAt(TenantId agency) {
		return jdbc.sql("select distinct account_id from contacts.contact where agency_id = :agency")
			.param("agency", agency.value()).query(UUID.class).list();
	}

	/**
	 * A family member asks to write to an inmate: ACTIVE at once where the agency is OPEN, waiting for staff where
	 * it approves each contact. Asking again returns the contact as it stands.
	 * @throws BusinessRuleException where inmates add their own contacts, where messaging is not offered, for a
	 * released inmate, or when the inmate has as many contacts as the agency allows
	 * @throws NotFoundException for an unknown inmate
	 */
	@Transactional(noRollbackFor = BusinessRuleException.class)
	public ContactView request(UUID account, UUID inmateId) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		Optional<ContactView> existing = between(account, inmate.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		ContractView contract = writableContract(inmate);
		ContactStatus status = switch (contract.contactPolicy()) {
			case OPEN -> ContactStatus.ACTIVE;
			case STAFF_APPROVED -> ContactStatus.PENDING_APPROVAL;
			case INMATE_INITIATED -> throw new BusinessRuleException("contact-by-inmate", "At "
					+ inmate.agency().name() + " inmates add their own contacts: ask " + inmate.firstName()
					+ " to add you at the kiosk, then enter the identification code from the e-mail you receive.");
		};
		lockAndCheckCap(inmate, contract);
		UUID id = Ids.next();
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into contacts.contact (id, account_id, inmate_id, agency_id, status, blocked_by, created_at, updated_at)
				values (:id, :account, :inmate, :agency, :status, null, :now, :now)""")
			.param("id", id).param("account", account).param("inmate", inmate.id())
			.param("agency", inmate.agency().id().value()).param("status", status.name()).param("now", now).update();
		return byId(id);
	}

	/**
	 * An inmate adds a person by name and e-mail (INMATE_INITIATED agencies). The person is e-mailed an
	 * identification code at once, or once staff approve where the agency wants that.
	 */
	@Transactional
	@Override
	public Invitation invite(UUID inmateId, String name, String email, Locale locale) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		ContractView contract = writableContract(inmate);
		if (contract.contactPolicy() != ContactPolicy.INMATE_INITIATED) {
			throw new BusinessRuleException("contact-by-family", "At " + inmate.agency().name()
					+ " your family and friends add you themselves: they register on Homeward and choose you.");
		}
		String normalized = email.trim().toLowerCase(Locale.ROOT);
		boolean pending = jdbc.sql("""
				select count(*) from contacts.invitation
				 where inmate_id = :inmate and lower(email) = :email and status in ('PENDING_APPROVAL', 'SENT')
				   and (expires_at is null or expires_at > :now)""")
			.param("inmate", inmate.id()).param("email", normalized).param("now", now()).query(Integer.class).single() > 0;
		if (pending) {
			throw new ConflictException("You have already invited " + normalized + "; the invitation is still open.");
		}
		lockAndCheckCap(inmate, contract);
		UUID id = Ids.next();
		jdbc.sql("""
				insert into contacts.invitation (id, inmate_id, agency_id, name, email, code_hash, status, created_at)
				values (:id, :inmate, :agency, :name, :email, :hash, 'PENDING_APPROVAL', :now)""")
			.param("id", id).param("inmate", inmate.id()).param("agency", inmate.agency().id().value())
			.param("name", name.trim()).param("email", normalized).param("hash", Hashes.sha256Hex(id.toString()))
			.param("now", now()).update();
		if (!contract.invitationsNeedApproval()) {
			send(id, inmate, locale);
		}
		return invitation(id);
	}

	/**
	 * The person invited enters the identification code while signed in, and accepts (the contact is ACTIVE) or
	 * blocks (the inmate cannot write to them).
	 * @throws NotFoundException for an unknown code
	 * @throws BusinessRuleException for an expired or already used code
	 */
	@Transactional
	public ContactView answer(UUID account, String code, boolean accept) {
		String hash = Hashes.sha256Hex(normalize(code));
		OpenInvitation invitation = jdbc.sql("select * from contacts.invitation where code_hash = :hash for update")
			.param("hash", hash)
			.query((rs, n) -> new OpenInvitation(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
					rs.getString("status"), instant(rs, "expires_at")))
			.optional()
			.orElseThrow(() -> new NotFoundException("identification code"));
		if (!invitation.status().equals("SENT")) {
			throw new BusinessRuleException("code-used", "This identification code has already been used.");
		}
		if (invitation.expiresAt() == null || !invitation.expiresAt().isAfter(clock.instant())) {
			throw new BusinessRuleException("code-expired", "This identification code expired on "
					+ invitation.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate()
					+ ". Ask the person who invited you to add you again for a new code.");
		}
		InmateView inmate = directory.inmate(invitation.inmateId()).orElseThrow(() -> new NotFoundException("inmate"));
		ContactStatus status = accept ? ContactStatus.ACTIVE : ContactStatus.BLOCKED;
		Optional<ContactView> existing = between(account, inmate.id());
		UUID contactId;
		if (existing.isPresent()) {
			contactId = existing.get().id();
			jdbc.sql("update contacts.contact set status = :status, blocked_by = :by, updated_at = :now where id = :id")
				.param("status", status.name()).param("by", accept ? null : Side.FAMILY.name()).param("now", now())
				.param("id", contactId).update();
		}
		else {
			contactId = Ids.next();
			jdbc.sql("""
					insert into contacts.contact (id, account_id, inmate_id, agency_id, status, blocked_by, created_at, updated_at)
					values (:id, :account, :inmate, :agency, :status, :by, :now, :now)""")
				.param("id", contactId).param("account", account).param("inmate", inmate.id())
				.param("agency", inmate.agency().id().value()).param("status", status.name())
				.param("by", accept ? null : Side.FAMILY.name()).param("now", now()).update();
		}
		jdbc.sql("update contacts.invitation set status = :status, contact_id = :contact where id = :id")
			.param("status", accept ? "ACCEPTED" : "BLOCKED").param("contact", contactId).param("id", invitation.id()).update();
		return byId(contactId);
	}

	/**
	 * One side blocks the contact: nobody can write on it until the same side unblocks it.
	 * @param owner the family account or the inmate asking, who must be that side of the contact
	 * @throws NotFoundException when the contact is not the owner's
	 */
	@Override
	@Transactional
	public ContactView block(UUID contactId, Side side, UUID owner) {
		ContactView contact = owned(contactId, side, owner);
		if (contact.status() == ContactStatus.BLOCKED) {
			return contact;
		}
		jdbc.sql("update contacts.contact set status = 'BLOCKED', blocked_by = :side, updated_at = :now where id = :id")
			.param("side", side.name()).param("now", now()).param("id", contactId).update();
		return byId(contactId);
	}

	/**
	 * The side that blocked a contact lifts the block; it is ACTIVE again if the inmate has room for it.
	 * @throws BusinessRuleException when the other side blocked it
	 */
	@Override
	@Transactional(noRollbackFor = BusinessRuleException.class)
	public ContactView unblock(UUID contactId, Side side, UUID owner) {
		ContactView contact = owned(contactId, side, owner);
		if (contact.status() != ContactStatus.BLOCKED) {
			return contact;
		}
		if (contact.blockedBy() != side) {
			throw new BusinessRuleException("blocked-by-other-side", "Only the side that blocked this contact can unblock it.");
		}
		InmateView inmate = directory.inmate(contact.inmateId()).orElseThrow(() -> new NotFoundException("contact"));
		lockAndCheckCap(inmate, contracts.contractOf(contact.agency()).orElseThrow(() -> new NotFoundException("contact")));
		jdbc.sql("update contacts.contact set status = 'ACTIVE', blocked_by = null, updated_at = :now where id = :id")
			.param("now", now()).param("id", contactId).update();
		return byId(contactId);
	}

	/** What waits for the agency's staff: family requests and inmates' invitations, oldest first. */
	public record Pending(List<ContactView> contacts, List<Invitation> invitations) {
	}

	public Pending pending(TenantId agency) {
		return new Pending(jdbc.sql("""
				select * from contacts.contact where agency_id = :agency and status = 'PENDING_APPROVAL'
				 order by created_at limit 200""")
			.param("agency", agency.value()).query(ContactBook::contact).list(),
				jdbc.sql("""
						select * from contacts.invitation where agency_id = :agency and status = 'PENDING_APPROVAL'
						 order by created_at limit 200""")
					.param("agency", agency.value()).query(ContactBook::invitationView).list());
	}

	/**
	 * Staff approve or decline a family's request; recorded in the audit log.
	 * @throws NotFoundException when it is not a request of the staff member's agency
	 * @throws ConflictException when it was already decided
	 */
	@Transactional
	public ContactView decideContact(Caller staff, UUID contactId, boolean approve) {
		ContactView contact = between(contactId).filter(c -> staff.isStaffOf(c.agency()))
			.orElseThrow(() -> new NotFoundException("contact"));
		if (contact.status() != ContactStatus.PENDING_APPROVAL) {
			throw new ConflictException("This request was already decided (" + contact.status() + ").");
		}
		jdbc.sql("update contacts.contact set status = :status, decided_by = :by, updated_at = :now where id = :id")
			.param("status", approve ? "ACTIVE" : "DECLINED").param("by", staff.accountId()).param("now", now())
			.param("id", contactId).update();
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), contact.agency(),
				approve ? "contact.approved" : "contact.declined", contactId.toString(), null, null));
		return byId(contactId);
	}

	/**
	 * Staff approve (the code is e-mailed now) or decline an inmate's invitation; recorded in the audit log.
	 */
	@Transactional
	public Invitation decideInvitation(Caller staff, UUID invitationId, boolean approve, Locale locale) {
		Invitation invitation = jdbc.sql("select * from contacts.invitation where id = :id for update")
			.param("id", invitationId).query(ContactBook::invitationView).optional()
			.filter(i -> staff.isStaffOf(i.agency()))
			.orElseThrow(() -> new NotFoundException("invitation"));
		if (!invitation.status().equals("PENDING_APPROVAL")) {
			throw new ConflictException("This invitation was already decided (" + invitation.status() + ").");
		}
		jdbc.sql("update contacts.invitation set decided_by = :by where id = :id")
			.param("by", staff.accountId()).param("id", invitationId).update();
		if (approve) {
			send(invitationId, directory.inmate(invitation.inmateId()).orElseThrow(), locale);
		}
		else {
			jdbc.sql("update contacts.invitation set status = 'DECLINED' where id = :id").param("id", invitationId).update();
		}
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), invitation.agency(),
				approve ? "invitation.approved" : "invitation.declined", invitationId.toString(), invitation.email(), null));
		return invitation(invitationId);
	}

	/**
	 * An agency administrator verifies a contact as legal mail; audited.
	 * @param kind {@code ATTORNEY} (with a bar number) or {@code PREA_ADVOCATE}
	 */
	@Transactional
	public ContactView verifyPrivileged(Caller admin, UUID contactId, String kind, @Nullable String barNumber) {
		ContactView contact = between(contactId).filter(c -> admin.isStaffOf(c.agency()))
			.orElseThrow(() -> new NotFoundException("contact"));
		if (kind.equals("ATTORNEY") && (barNumber == null || barNumber.isBlank())) {
			throw new org.homeward.shared.InvalidInputException("barNumber", "is needed for an attorney");
		}
		jdbc.sql("update contacts.contact set privileged_kind = :kind, bar_number = :bar, verified_by = :by, updated_at = :now where id = :id")
			.param("kind", kind).param("bar", barNumber).param("by", admin.accountId()).param("now", now()).param("id", contactId)
			.update();
		audit.record(new AuditEntry(admin.accountId(), admin.displayName(), contact.agency(), "contact.verified-privileged",
				contactId.toString(), kind + (barNumber == null ? "" : " bar " + barNumber), null));
		return byId(contactId);
	}

	/** The inmate's invitations, newest first. */
	@Override
	public List<Invitation> invitationsOf(UUID inmate) {
		return jdbc.sql("select * from contacts.invitation where inmate_id = :inmate order by created_at desc")
			.param("inmate", inmate).query(ContactBook::invitationView).list();
	}

	/** A contact of the staff member's agency, for staff pages. */
	public Optional<ContactView> between(UUID contactId) {
		return jdbc.sql("select * from contacts.contact where id = :id").param("id", contactId)
			.query(ContactBook::contact).optional();
	}

	private void send(UUID invitationId, InmateView inmate, Locale locale) {
		String code = newCode();
		Instant expires = clock.instant().plus(settings.invitationValidity());
		jdbc.sql("""
				update contacts.invitation set status = 'SENT', code_hash = :hash, sent_at = :now, expires_at = :expires
				 where id = :id""")
			.param("hash", Hashes.sha256Hex(normalize(code))).param("now", now())
			.param("expires", expires.atOffset(ZoneOffset.UTC)).param("id", invitationId).update();
		Invitation invitation = invitation(invitationId);
		mailer.send(new Email(invitation.email(), "contact-invitation", locale, Map.of("name", invitation.name(),
				"inmate", inmate.firstName() + " " + inmate.lastName(), "inmateNumber", inmate.inmateNumber(),
				"agency", inmate.agency().name(), "code", code,
				"expires", expires.atOffset(ZoneOffset.UTC).toLocalDate().toString(), "path", "/contacts/accept")));
	}

	/** A code of 8 letters and digits without look-alikes (no 0/O, 1/I), shown as XXXX-XXXX. */
	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	static String normalize(String code) {
		return code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
	}

	private ContractView writableContract(InmateView inmate) {
		if (inmate.status() != InmateStatus.ACTIVE) {
			throw new BusinessRuleException("inmate-not-in-custody",
					inmate.firstName() + " " + inmate.lastName() + " is no longer in the custody of " + inmate.agency().name() + ".");
		}
		ContractView contract = contracts.contractOf(inmate.agency().id())
			.orElseThrow(() -> new BusinessRuleException("service-not-available", inmate.agency().name() + " does not offer messaging."));
		if (!contract.offers(Service.MESSAGING, inmate.facility().id())) {
			throw new BusinessRuleException("service-not-available", "Messaging is not available at "
					+ inmate.facility().name() + (contract.serviceEndsOn() == null ? "." : " since " + contract.serviceEndsOn() + "."));
		}
		return contract;
	}

	/** Locks the inmate's contacts and refuses when they already have as many as the agency allows. */
	private void lockAndCheckCap(InmateView inmate, ContractView contract) {
		jdbc.sql("insert into contacts.inmate_lock (inmate_id) values (:inmate) on conflict do nothing")
			.param("inmate", inmate.id()).update();
		jdbc.sql("select inmate_id from contacts.inmate_lock where inmate_id = :inmate for update")
			.param("inmate", inmate.id()).query(UUID.class).single();
		int used = jdbc.sql("""
				select (select count(*) from contacts.contact where inmate_id = :inmate and status in ('ACTIVE', 'PENDING_APPROVAL'))
				     + (select count(*) from contacts.invitation where inmate_id = :inmate and status in ('PENDING_APPROVAL', 'SENT')
				           and (expires_at is null or expires_at > :now))""")
			.param("inmate", inmate.id()).param("now", now()).query(Integer.class).single();
		if (used >= contract.contactCap()) {
			throw new BusinessRuleException("contact-cap-reached", inmate.firstName() + " " + inmate.lastName()
					+ " already has " + contract.contactCap() + " contacts, the most " + inmate.agency().name() + " allows.");
		}
	}

	private ContactView owned(UUID contactId, Side side, UUID owner) {
		return between(contactId)
			.filter(c -> side == Side.FAMILY ? c.accountId().equals(owner) : c.inmateId().equals(owner))
			.orElseThrow(() -> new NotFoundException("contact"));
	}

	private ContactView byId(UUID id) {
		return between(id).orElseThrow();
	}

	private Invitation invitation(UUID id) {
		return jdbc.sql("select * from contacts.invitation where id = :id").param("id", id)
			.query(ContactBook::invitationView).single();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private record OpenInvitation(UUID id, UUID inmateId, String status, @Nullable Instant expiresAt) {
	}

	private static ContactView contact(ResultSet rs, int n) throws SQLException {
		String blockedBy = rs.getString("blocked_by");
		return new ContactView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getObject("inmate_id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				ContactStatus.valueOf(rs.getString("status")), blockedBy == null ? null : Side.valueOf(blockedBy),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("privileged_kind") != null);
	}

	private static Invitation invitationView(ResultSet rs, int n) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
				new TenantId(rs.getObject("agency_id", UUID.class)), rs.getString("name"), rs.getString("email"),
				rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), instant(rs, "expires_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
