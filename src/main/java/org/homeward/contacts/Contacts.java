package org.homeward.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Who may write to whom. Messaging asks here before anything is sent, in either direction. */
public interface Contacts {

	/** The contact between this account and this inmate, in any status. */
	Optional<ContactView> between(UUID account, UUID inmate);

	/** The account's contacts, newest first. */
	List<ContactView> ofAccount(UUID account);

	/** The inmate's contacts, newest first. */
	List<ContactView> ofInmate(UUID inmate);

	/**
	 * An inmate adds a person by name and e-mail (INMATE_INITIATED agencies): the person is e-mailed an
	 * identification code at once, or once staff approve where the agency wants that.
	 * @throws org.homeward.shared.BusinessRuleException where families start contacts, or the cap is reached
	 * @throws org.homeward.shared.ConflictException when that person's invitation is still open
	 */
	Invitation invite(UUID inmate, String name, String email, Locale locale);

	/** The inmate's invitations, newest first. */
	List<Invitation> invitationsOf(UUID inmate);

}
