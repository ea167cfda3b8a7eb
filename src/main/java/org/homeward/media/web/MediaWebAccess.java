package org.homeward.media.web;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.PageLayout.StaffTool;
import org.homeward.shared.Role;
import org.homeward.shared.WebAccess;

import org.springframework.stereotype.Component;

/**
 * The store is the inmate's (the kiosk channels cover its paths); families give gifts and
 * download their loved one's entitlements under {@code /api/v1/media}; the keys that sign
 * exports are public; operators ingest under the operators' API, staff curate under the
 * staff API, and an agency's policy is its staff's to read and its administrators' to
 * change (the services check the role and the agency).
 */
@Component
class MediaWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(WebAccess.api(WebAccess.Audience.ANYONE, "/api/v1/media/export-keys"),
				WebAccess.api(WebAccess.Audience.FAMILY, "/api/v1/media/**"),
				WebAccess.pages(WebAccess.Audience.FAMILY, "/media/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(38, ShownTo.INMATE, "nav.kioskMedia", "/kiosk/media").onlyWhere("MEDIA"),
				new Link(45, ShownTo.FAMILY, "nav.gifts", "/media/gifts"));
	}

	@Override
	public List<StaffTool> staffTools() {
		return List
			.of(new StaffTool(70, Role.ADMINISTRATION, "staff.tool.mediaExport", "/staff/media/entitlements.json"));
	}

}
