package org.homeward.contacts.internal;

import java.time.Clock;
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
import org.homeward.contacts.Contacts;
import org.homeward.contacts.Invitation;
import org.homeward.contacts.Side;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Role;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact book: families' requests, staff approvals, blocks from either side, legal
 * contacts; inmates' invitations are {@link Invitations}, the custody, service and cap
 * checks {@link ContactGate}.
 */
@Service
public class ContactBook implements Contacts {

	private final JdbcClient jdbc;

	private final ContactStore store;

	private final ContactGate gate;

	private final Invitations invitations;

	private final Directory directory;

	private final Contracts contracts;

	private final AuditLog audit;

	private final Clock clock;

	ContactBook(JdbcClient jdbc, ContactStore store, ContactGate gate, Invitations invitations, Directory directory,
			Contracts contracts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.gate = gate;
		this.invitations = invitations;
		this.directory = directory;
		this.contracts = contracts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Optional<ContactView> between(UUID account, UUID inmate) {
		return store.between(account, inmate);
	}

	@Override
	public List<ContactView> ofAccount(UUID account) {
		return store.ofAccount(account);
	}

	@Override
	public List<ContactView> ofInmate(UUID inmate) {
		return store.ofInmate(inmate);
	}

	@Override
	public List<UUID> accountsAt(TenantId agency) {
		return store.accountsAt(agency);
	}

	@Override
	public Invitation invite(UUID inmate, String name, String email, Locale locale) {
		return invitations.invite(inmate, name, email, locale);
	}

	@Override
	public List<Invitation> invitationsOf(UUID inmate) {
		return invitations.invitationsOf(inmate);
	}

	/**
	 * A family member asks to write to an inmate: ACTIVE at once where the agency is
	 * OPEN, waiting for staff where it approves each contact. Asking again returns the
	 * contact as it stands.
	 * @throws BusinessRuleException where inmates add their own contacts, where messaging
	 * is not offered, for a released inmate, or when the inmate has as many contacts as
	 * the agency allows
	 * @throws NotFoundException for an unknown inmate
	 */
	@Transactional(noRollbackFor = BusinessRuleException.class)
	public ContactView request(UUID account, UUID inmateId) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		Optional<ContactView> existing = between(account, inmate.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		ContractView contract = gate.writableContract(inmate);
		ContactStatus status = switch (contract.contactPolicy()) {
			case OPEN -> ContactStatus.ACTIVE;
			case STAFF_APPROVED -> ContactStatus.PENDING_APPROVAL;
			case INMATE_INITIATED -> throw new BusinessRuleException("contact-by-inmate", "At " + inmate.agency().name()
					+ " inmates add their own contacts: ask " + inmate.firstName()
					+ " to add you at the kiosk, then enter the identification code from the e-mail you receive.",
					List.of(inmate.agency().name(), inmate.firstName()), Map.of());
		};
		gate.lockAndCheckCap(inmate, contract);
		return store.put(account, inmate, status, null);
	}

	/**
	 * One side blocks the contact: nobody can write on it until the same side unblocks
	 * it.
	 * @param owner the family account or the inmate asking, who must be that side of the
	 * contact
	 * @throws NotFoundException when the contact is not the owner's
	 */
	@Override
	@Transactional
	public ContactView block(UUID contactId, Side side, UUID owner) {
		ContactView contact = owned(contactId, side, owner);
		if (contact.status() == ContactStatus.BLOCKED) {
			return contact;
		}
		return store.move(contact, ContactStatus.BLOCKED, side, null);
	}

	/**
	 * The side that blocked a contact lifts the block; it is ACTIVE again if the inmate
	 * has room for it.
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
			throw new BusinessRuleException("blocked-by-other-side",
					"Only the side that blocked this contact can unblock it.");
		}
		InmateView inmate = directory.inmate(contact.inmateId()).orElseThrow(() -> new NotFoundException("contact"));
		gate.lockAndCheckCap(inmate,
				contracts.contractOf(contact.agency()).orElseThrow(() -> new NotFoundException("contact")));
		return store.move(contact, ContactStatus.ACTIVE, null, null);
	}

	/**
	 * What waits for the agency's staff: family requests and inmates' invitations, oldest
	 * first.
	 */
	public record Pending(List<ContactView> contacts, List<Invitation> invitations) {
	}

	/**
	 * What waits for this staff member: of their agency, and of their facility when they
	 * are limited to one.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but
	 * facility staff
	 */
	public Pending pending(Caller staff) {
		TenantId agency = staff.staffAgency(Role.FACILITY_STAFF);
		return new Pending(store.pendingAt(agency).stream().filter(c -> reaches(staff, c.inmateId())).toList(),
				invitations.pendingOf(agency).stream().filter(i -> reaches(staff, i.inmateId())).toList());
	}

	/**
	 * Whether the staff member's facility (if they are limited to one) is the inmate's.
	 */
	boolean reaches(Caller staff, UUID inmateId) {
		return staff.facility() == null
				|| directory.inmate(inmateId).map(inmate -> staff.reaches(inmate.facility().id())).orElse(false);
	}

	/**
	 * Staff approve or decline a family's request; recorded in the audit log.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but
	 * facility staff
	 * @throws NotFoundException when it is not a request of the staff member's agency
	 * (and facility, if limited)
	 * @throws ConflictException when it was already decided
	 */
	@Transactional
	public ContactView decideContact(Caller staff, UUID contactId, boolean approve) {
		staff.staffAgency(Role.FACILITY_STAFF);
		ContactView contact = between(contactId)
			.filter(c -> staff.isStaffOf(c.agency()) && reaches(staff, c.inmateId()))
			.orElseThrow(() -> new NotFoundException("contact"));
		if (contact.status() != ContactStatus.PENDING_APPROVAL) {
			throw new ConflictException("This request was already decided (" + contact.status() + ").");
		}
		ContactView decided = store.move(contact, approve ? ContactStatus.ACTIVE : ContactStatus.DECLINED, null,
				staff.accountId());
		audit.record(new AuditEntry(staff.accountId(), staff.displayName(), contact.agency(),
				approve ? "contact.approved" : "contact.declined", contactId.toString(), null, null));
		return decided;
	}

	/**
	 * An agency administrator verifies a contact as legal mail; audited.
	 * @param kind {@code ATTORNEY} (with a bar number) or {@code PREA_ADVOCATE}
	 */
	@Transactional
	public ContactView verifyPrivileged(Caller admin, UUID contactId, String kind, @Nullable String barNumber) {
		admin.staffAgency(Role.ADMINISTRATION);
		ContactView contact = between(contactId).filter(c -> admin.isStaffOf(c.agency()))
			.orElseThrow(() -> new NotFoundException("contact"));
		if (kind.equals("ATTORNEY") && (barNumber == null || barNumber.isBlank())) {
			throw new InvalidInputException("barNumber", "is needed for an attorney");
		}
		jdbc.sql(
				"update contacts.contact set privileged_kind = :kind, bar_number = :bar, verified_by = :by, updated_at = :now where id = :id")
			.param("kind", kind)
			.param("bar", barNumber)
			.param("by", admin.accountId())
			.param("now", now())
			.param("id", contactId)
			.update();
		audit.record(
				new AuditEntry(admin.accountId(), admin.displayName(), contact.agency(), "contact.verified-privileged",
						contactId.toString(), kind + (barNumber == null ? "" : " bar " + barNumber), null));
		return byId(contactId);
	}

	/** A contact by its id, for staff pages. */
	public Optional<ContactView> between(UUID contactId) {
		return store.byId(contactId);
	}

	private ContactView owned(UUID contactId, Side side, UUID owner) {
		return between(contactId)
			.filter(c -> side == Side.FAMILY ? c.accountId().equals(owner) : c.inmateId().equals(owner))
			.orElseThrow(() -> new NotFoundException("contact"));
	}

	private ContactView byId(UUID id) {
		return store.byId(id).orElseThrow();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

}
