package org.homeward.deposits.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** Money a family sends: deposits, recurring deposits, supervision payments. */
@Component
class DepositsWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(
				api(Audience.FAMILY, "/api/v1/deposits", "/api/v1/deposits/**", "/api/v1/recurring-deposits",
						"/api/v1/recurring-deposits/**", "/api/v1/supervision-cases", "/api/v1/supervision-payments"),
				pages(Audience.FAMILY, "/deposits", "/deposits/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(40, ShownTo.FAMILY, "nav.deposits", "/deposits"),
				new Link(40, ShownTo.INMATE, "nav.kioskAccount", "/kiosk/account"));
	}

}
