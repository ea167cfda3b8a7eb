package org.homeward.screening.web;

import static org.homeward.shared.WebAccess.api;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.StaffTool;
import org.homeward.shared.Role;
import org.homeward.shared.WebAccess;
import org.homeward.shared.WebAccess.Audience;
import org.springframework.stereotype.Component;

/** The mailroom's review queue, screening lists and investigations: agency staff. */
@Component
class ScreeningWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(api(Audience.STAFF, "/api/v1/review/**", "/api/v1/screening/**", "/api/v1/investigations/**"));
	}

	@Override
	public List<StaffTool> staffTools() {
		return List.of(new StaffTool(25, Role.MAIL_READERS, "staff.tool.screeningLists", "/staff/screening"));
	}

}
