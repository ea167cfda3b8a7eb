package org.homeward.courses.web;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.PageLayout.StaffTool;
import org.homeward.shared.Role;
import org.homeward.shared.WebAccess;
import org.springframework.stereotype.Component;

/**
 * Certificates are checked by anyone, signed in or not; families see what their loved
 * ones share; the rest of courses is under the kiosk, staff and operators' channels (the
 * services check role and agency).
 */
@Component
class CoursesWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(WebAccess.api(WebAccess.Audience.ANYONE, "/api/v1/certificates/**"),
				WebAccess.pages(WebAccess.Audience.ANYONE, "/certificates", "/certificates/**"),
				WebAccess.api(WebAccess.Audience.FAMILY, "/api/v1/courses/**"),
				WebAccess.pages(WebAccess.Audience.FAMILY, "/courses"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(39, ShownTo.INMATE, "nav.kioskCourses", "/kiosk/courses"),
				new Link(46, ShownTo.FAMILY, "nav.courses", "/courses"));
	}

	@Override
	public List<StaffTool> staffTools() {
		return List.of(new StaffTool(80, Role.ADMINISTRATION, "staff.tool.credits", "/staff/credits"));
	}

}
