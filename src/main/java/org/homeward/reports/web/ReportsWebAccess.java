package org.homeward.reports.web;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.homeward.shared.PageLayout.StaffTool;
import org.homeward.shared.Role;
import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/**
 * The price page is public; reports and statements are for the agency's administrators
 * and operators (the service checks which agency), under the staff and operator channels
 * and the agencies' API.
 */
@Component
class ReportsWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(WebAccess.pages(Audience.ANYONE, "/prices", "/prices/**"),
				WebAccess.api(Audience.STAFF_OR_OPERATOR, "/api/v1/agencies/*/reports/**",
						"/api/v1/agencies/*/commission-statements/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(5, ShownTo.PUBLIC_SITE, "nav.prices", "/prices"),
				new Link(25, ShownTo.OPERATOR, "nav.reports", "/operator/reports"));
	}

	@Override
	public List<StaffTool> staffTools() {
		return List.of(new StaffTool(5, Role.ADMINISTRATION, "staff.tool.reports", "/staff/reports"));
	}

}
