package org.homeward.accounts.web;

import static org.homeward.shared.WebAccess.api;
import static org.homeward.shared.WebAccess.pages;

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
 * Signing in and up, the account itself, the documents and probes, and the channels of
 * each kind of caller.
 */
@Component
class AccountsWebAccess implements WebAccess.Rules, PageLayout.Contribution {

	@Override
	public List<WebAccess> webAccess() {
		return List.of(
				pages(Audience.ANYONE, "/login", "/error", "/register", "/terms", "/privacy", "/forgot-password",
						"/password-reset/*", "/email-confirm/*", "/kiosk", "/kiosk/sign-in", "/css/**", "/js/**",
						"/uswds/**", "/webjars/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**", "/actuator/health/**", "/actuator/prometheus"),
				pages(Audience.SIGNING_IN, "/login/second-factor"), pages(Audience.FAMILY, "/account", "/account/**"),
				// the channels: kiosk pages for inmates, the staff console, the operator
				// console
				pages(Audience.INMATE, "/kiosk/**"), pages(Audience.STAFF_OR_OPERATOR, "/staff/**"),
				pages(Audience.OPERATOR, "/operator/**"), pages(Audience.SUPPORT, "/support", "/support/**"),
				api("POST", Audience.ANYONE, "/api/v1/sessions", "/api/v1/kiosk/sessions", "/api/v1/tablet/sessions",
						"/api/v1/accounts", "/api/v1/password-resets", "/api/v1/password-resets/*",
						"/api/v1/email-confirmations/*"),
				api(Audience.FAMILY, "/api/v1/me", "/api/v1/me/**"), api(Audience.INMATE, "/api/v1/kiosk/**"),
				api(Audience.STAFF, "/api/v1/staff/**"), api(Audience.OPERATOR, "/api/v1/admin/**"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(10, ShownTo.STAFF_OR_OPERATOR, "nav.staff", "/staff"),
				new Link(15, ShownTo.SUPPORT, "nav.support", "/support"),
				new Link(26, ShownTo.OPERATOR, "nav.audit", "/staff/audit"),
				new Link(80, ShownTo.FAMILY, "nav.account", "/account"));
	}

	@Override
	public List<StaffTool> staffTools() {
		return List.of(new StaffTool(90, Role.ADMINISTRATION, "staff.tool.audit", "/staff/audit"));
	}

}
