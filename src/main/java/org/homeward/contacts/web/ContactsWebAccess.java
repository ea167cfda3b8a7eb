package org.homeward.contacts.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** A family's contacts (the staff's approvals are on the staff channels). */
@Component
class ContactsWebAccess implements WebAccess.Rules {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(api(Audience.FAMILY, "/api/v1/contacts", "/api/v1/contacts/**"),
				pages(Audience.FAMILY, "/contacts/**"));
	}

}
