package org.homeward.contracts.web;

import java.util.List;

import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Link;
import org.homeward.shared.PageLayout.ShownTo;
import org.springframework.stereotype.Component;

/**
 * The operators' contracts console in the navigation (its paths are the operator
 * channel's).
 */
@Component
class ContractsNavigation implements PageLayout.Contribution {

	@Override
	public List<Link> navigation() {
		return List.of(new Link(20, ShownTo.OPERATOR, "nav.operator", "/operator/agencies"));
	}

}
