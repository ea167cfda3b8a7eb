package org.homeward.media.web;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;

import org.springframework.stereotype.Component;

/**
 * The store is the inmate's (the kiosk channels cover its paths); operators ingest under
 * the operators' API, staff curate under the staff API, and an agency's policy is its
 * staff's to read and its administrators' to change (the services check the role and the
 * agency).
 */
@Component
class MediaWebAccess implements PageLayout.Contribution {

	@Override
	public List<Link> navigation() {
		return List.of(new Link(38, ShownTo.INMATE, "nav.kioskMedia", "/kiosk/media"));
	}

}
