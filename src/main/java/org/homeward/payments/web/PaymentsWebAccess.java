package org.homeward.payments.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** A family's saved cards (their pages are under the account's, /account/cards). */
@Component
class PaymentsWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(api(Audience.FAMILY, "/api/v1/payment-methods", "/api/v1/payment-methods/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(70, ShownTo.FAMILY, "nav.cards", "/account/cards"));
	}

}
