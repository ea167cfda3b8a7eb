package org.homeward.messaging.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/**
 * A family's messages, drafts and photos (the inmates' are on the kiosk channel, the
 * mailroom's on the staff one).
 */
@Component
class MessagingWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(
				api(Audience.FAMILY, "/api/v1/messages", "/api/v1/messages/**", "/api/v1/drafts", "/api/v1/drafts/**"),
				pages(Audience.FAMILY, "/messages", "/messages/**", "/photos/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(30, ShownTo.FAMILY, "nav.messages", "/messages"),
				new Link(30, ShownTo.INMATE, "nav.kiosk", "/kiosk/inbox"));
	}

}
