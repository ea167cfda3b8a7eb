package org.homeward.contacts;

import java.util.List;
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

}
