package org.homeward.contacts.internal;

import org.homeward.accounts.FamilyRegistered;
import org.homeward.accounts.Members;
import org.homeward.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A family that registered finds the contacts imported for their address (an agency
 * coming from another vendor) in place; one that registered from their loved one asks for
 * that contact in the same transaction as the registration, as the agency's contact
 * policy allows. Where the policy does not let families start contacts (the inmate
 * invites), or the inmate's contacts are full, the account is still created and the
 * contacts page explains what to do.
 */
@Component
class RegistrationContacts {

	private static final Logger log = LoggerFactory.getLogger(RegistrationContacts.class);

	private final ContactBook book;

	private final ContactImports imports;

	private final Members members;

	RegistrationContacts(ContactBook book, ContactImports imports, Members members) {
		this.book = book;
		this.imports = imports;
		this.members = members;
	}

	@EventListener
	void on(FamilyRegistered registered) {
		members.emailOf(registered.accountId())
			.ifPresent(email -> imports.placeImported(registered.accountId(), email));
		if (registered.inmateId() == null) {
			return;
		}
		try {
			book.request(registered.accountId(), registered.inmateId());
		}
		catch (BusinessRuleException refused) {
			log.info("Registration of {} did not add a contact: {}", registered.accountId(), refused.code());
		}
	}

}
