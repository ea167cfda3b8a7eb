package org.homeward.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * Who may write to whom. Messaging asks here before anything is sent, in either
 * direction.
 */
public interface Contacts {

	/** The contact between this account and this inmate, in any status. */
	Optional<ContactView> between(UUID account, UUID inmate);

	/** The account's contacts, newest first. */
	List<ContactView> ofAccount(UUID account);

	/** The inmate's contacts, newest first. */
	List<ContactView> ofInmate(UUID inmate);

	/** The family accounts with a contact (in any status) at the agency's inmates. */
	List<UUID> accountsAt(TenantId agency);

	/**
	 * An inmate adds a person by name and e-mail (INMATE_INITIATED agencies): the person
	 * is e-mailed an identification code at once, or once staff approve where the agency
	 * wants that.
	 * @throws org.homeward.shared.BusinessRuleException where families start contacts, or
	 * the cap is reached
	 * @throws org.homeward.shared.ConflictException when that person's invitation is
	 * still open
	 */
	Invitation invite(UUID inmate, String name, String email, Locale locale);

	/**
	 * One side blocks the contact: nobody can write on it until the same side unblocks
	 * it.
	 * @param owner the family account or the inmate asking, who must be that side of the
	 * contact
	 * @throws org.homeward.shared.NotFoundException when the contact is not the owner's
	 */
	ContactView block(UUID contact, Side side, UUID owner);

	/**
	 * The side that blocked a contact lifts the block; it is ACTIVE again if the inmate
	 * has room for it.
	 * @throws org.homeward.shared.BusinessRuleException when the other side blocked it,
	 * or the inmate is at the cap
	 */
	ContactView unblock(UUID contact, Side side, UUID owner);

	/** The inmate's invitations, newest first. */
	List<Invitation> invitationsOf(UUID inmate);

}
