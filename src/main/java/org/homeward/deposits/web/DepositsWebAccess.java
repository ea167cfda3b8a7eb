package org.homeward.deposits.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** Money a family sends: deposits, recurring deposits, supervision payments. */
@Component
class DepositsWebAccess implements WebAccess.Rules {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(api(Audience.FAMILY, "/api/v1/deposits", "/api/v1/deposits/**", "/api/v1/recurring-deposits",
						"/api/v1/recurring-deposits/**", "/api/v1/supervision-cases", "/api/v1/supervision-payments"),
				pages(Audience.FAMILY, "/deposits", "/deposits/**"));
	}

}
