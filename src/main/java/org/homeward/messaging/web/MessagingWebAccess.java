package org.homeward.messaging.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** A family's messages, drafts and photos (the inmates' are on the kiosk channel, the mailroom's on the staff one). */
@Component
class MessagingWebAccess implements WebAccess.Rules {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(api(Audience.FAMILY, "/api/v1/messages", "/api/v1/messages/**", "/api/v1/drafts", "/api/v1/drafts/**"),
				pages(Audience.FAMILY, "/messages", "/messages/**", "/photos/**"));
	}

}
