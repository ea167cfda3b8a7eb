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

/**
 * Money a family sends: deposits, recurring deposits, supervision payments, pay slips for
 * cash at a store.
 */
@Component
class DepositsWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(
				// pay slips for cash at a store: anyone who knows an inmate's agency and
				// number; the retail network's
				// confirmations are signed, and checked by the controller
				api("POST", Audience.ANYONE, "/api/v1/deposits/pay-slips"),
				api("GET", Audience.ANYONE, "/api/v1/deposits/pay-slips/*"),
				api("POST", Audience.ANYONE, "/api/v1/partners/retail/payments"),
				pages(Audience.ANYONE, "/pay-slips", "/pay-slips/**"),
				api(Audience.FAMILY, "/api/v1/deposits", "/api/v1/deposits/**", "/api/v1/recurring-deposits",
						"/api/v1/recurring-deposits/**", "/api/v1/supervision-cases", "/api/v1/supervision-payments"),
				pages(Audience.FAMILY, "/deposits", "/deposits/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(40, ShownTo.FAMILY, "nav.deposits", "/deposits"),
				new Link(40, ShownTo.INMATE, "nav.kioskAccount", "/kiosk/account"),
				new Link(30, ShownTo.OPERATOR, "nav.retail", "/operator/retail"));
	}

}
