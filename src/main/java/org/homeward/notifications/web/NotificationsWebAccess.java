package org.homeward.notifications.web;

import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** The demo's mailbox page, where mail shows when it is not sent anywhere. */
@Component
class NotificationsWebAccess implements WebAccess.Rules {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(pages(Audience.ANYONE, "/mailbox", "/mailbox/*"));
	}

}
