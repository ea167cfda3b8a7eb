package org.homeward.visits.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.Role;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.PageLayout.StaffTool;
import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.homeward.visits.internal.VisitChanges;
import org.springframework.stereotype.Component;

/**
 * A family's visits are theirs, the kiosk's the inmate's; the day's schedule is for the
 * facility's visitation officers and administrators, the recordings for investigators and
 * administrators (the services check the role and the agency).
 */
@Component
class VisitsWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(api(Audience.FAMILY, "/api/v1/visits", "/api/v1/visits/**"),
				api(Audience.INMATE, "/api/v1/kiosk/visits", "/api/v1/kiosk/visits/**"),
				api(Audience.STAFF, "/api/v1/staff/visits", "/api/v1/staff/visits/**"),
				pages(Audience.FAMILY, "/visits", "/visits/**"),
				pages(Audience.INMATE, "/kiosk/visits", "/kiosk/visits/**"),
				pages(Audience.STAFF, "/staff/visits", "/staff/visits/**"),
				api(Audience.STAFF, "/api/v1/investigations/visits", "/api/v1/investigations/recordings/**"),
				pages(Audience.STAFF, "/staff/investigations/visits", "/staff/investigations/recordings/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(35, ShownTo.FAMILY, "nav.visits", "/visits"),
				new Link(35, ShownTo.INMATE, "nav.kioskVisits", "/kiosk/visits").onlyWhere("VIDEO_VISITS"));
	}

	@Override
	public List<StaffTool> staffTools() {
		return List.of(new StaffTool(10, VisitChanges.VISITATION, "staff.tool.visits", "/staff/visits"),
				new StaffTool(40, Role.INVESTIGATION, "staff.tool.recordings", "/staff/investigations/visits"));
	}

}
