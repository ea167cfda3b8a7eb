package org.homeward.contacts.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Invitation;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agency staff decide about contacts: the requests and invitations waiting for them
 * (of their facility when they are limited to one), approving or declining a family's
 * request, verifying a legal contact. The role and the tenant are checked here, once;
 * every decision is audited.
 */
@Service
public class StaffDecisions {

	private final JdbcClient jdbc;

	private final ContactStore store;

	private final InvitationStore invitations;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	StaffDecisions(JdbcClient jdbc, ContactStore store, InvitationStore invitations, Directory directory,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.invitations = invitations;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
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
	private boolean reaches(Caller staff, UUID inmateId) {
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
		ContactView contact = store.byId(contactId)
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
		ContactView contact = store.byId(contactId)
			.filter(c -> admin.isStaffOf(c.agency()))
			.orElseThrow(() -> new NotFoundException("contact"));
		if (kind.equals("ATTORNEY") && (barNumber == null || barNumber.isBlank())) {
			throw new InvalidInputException("barNumber", "is needed for an attorney");
		}
		jdbc.sql(
				"update contacts.contact set privileged_kind = :kind, bar_number = :bar, verified_by = :by, updated_at = :now where id = :id")
			.param("kind", kind)
			.param("bar", barNumber)
			.param("by", admin.accountId())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", contactId)
			.update();
		audit.record(
				new AuditEntry(admin.accountId(), admin.displayName(), contact.agency(), "contact.verified-privileged",
						contactId.toString(), kind + (barNumber == null ? "" : " bar " + barNumber), null));
		return store.byId(contactId).orElseThrow();
	}

}
