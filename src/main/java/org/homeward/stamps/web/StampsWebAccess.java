package org.homeward.stamps.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** Stamp bundles are public; a family's stamps and purchases are theirs. */
@Component
class StampsWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(api("GET", Audience.ANYONE, "/api/v1/agencies/*/stamp-bundles"),
				api(Audience.FAMILY, "/api/v1/stamps", "/api/v1/stamp-purchases"),
				pages(Audience.FAMILY, "/stamps", "/stamps/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(50, ShownTo.FAMILY, "nav.stamps", "/stamps"));
	}

}
