package org.homeward.contracts.web;

import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.homeward.shared.WebAccess;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.StaffTool;
import org.homeward.shared.PageLayout.ShownTo;
import org.springframework.stereotype.Component;

/**
 * The operators' contracts console in the navigation (its paths are the operator
 * channel's), the agencies' public prices, and which services an agency offers, for the
 * navigation.
 */
@Component
class ContractsNavigation implements PageLayout.Contribution, WebAccess.Rules, PageLayout.Services {

	private final Contracts contracts;

	ContractsNavigation(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public boolean offered(TenantId agency, String service) {
		return contracts.serviceAvailable(agency, null, Service.valueOf(service));
	}

	@Override
	public List<WebAccess> webAccess() {
		return List.of(WebAccess.api("GET", WebAccess.Audience.ANYONE, "/api/v1/agencies/*/prices"));
	}

	@Override
	public List<Link> navigation() {
		return List.of(new Link(20, ShownTo.OPERATOR, "nav.operator", "/operator/agencies"));
	}

	@Override
	public List<StaffTool> staffTools() {
		return List.of(new StaffTool(6, Role.ADMINISTRATION, "staff.tool.fees", "/staff/contract/fees"));
	}

}
