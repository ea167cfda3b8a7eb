package org.homeward.contacts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact book: families' requests, blocks from either side; staff decisions are
 * {@link StaffDecisions}, inmates' invitations are {@link Invitations}, the custody,
 * service and cap checks {@link ContactGate}.
 */
@Service
public class ContactBook implements Contacts {

	private final ContactStore store;

	private final ContactGate gate;

	private final Invitations invitations;

	private final InvitationStore invitationStore;

	private final Directory directory;

	private final Contracts contracts;

	ContactBook(ContactStore store, ContactGate gate, Invitations invitations, InvitationStore invitationStore,
			Directory directory, Contracts contracts) {
		this.store = store;
		this.gate = gate;
		this.invitations = invitations;
		this.invitationStore = invitationStore;
		this.directory = directory;
		this.contracts = contracts;
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
		return invitationStore.invitationsOf(inmate);
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

}
