package org.homeward.courses.web;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.WebAccess;
import org.springframework.stereotype.Component;

/**
 * Certificates are checked by anyone, signed in or not; the rest of courses is under the
 * kiosk, staff and operators' channels (the services check role and agency).
 */
@Component
class CoursesWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(WebAccess.api(WebAccess.Audience.ANYONE, "/api/v1/certificates/**"),
				WebAccess.pages(WebAccess.Audience.ANYONE, "/certificates/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(39, ShownTo.INMATE, "nav.kioskCourses", "/kiosk/courses"));
	}

}
