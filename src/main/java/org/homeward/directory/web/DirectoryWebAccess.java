package org.homeward.directory.web;

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
 * The public lookup: the landing page, finding someone, the agencies and inmates of the
 * API.
 */
@Component
class DirectoryWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(pages(Audience.ANYONE, "/", "/find"),
				api("GET", Audience.ANYONE, "/api/v1/agencies", "/api/v1/inmates"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(0, ShownTo.PUBLIC_SITE, "nav.find", "/"));
	}

}
