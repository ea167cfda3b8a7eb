package org.homeward.messaging.web;

import java.util.List;
import java.util.Optional;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.shared.PageLayout;
import org.homeward.shared.PageLayout.Banner;
import org.springframework.stereotype.Component;

/**
 * The banner every family page shows while an agency of theirs is leaving Homeward (asked
 * for by the layout as it renders, so API calls never pay for it): when services stop,
 * until when messages can be read and downloaded, and that unspent stamps come back by
 * themselves.
 */
@Component
class WindDownBanner implements PageLayout.Contribution {

	private final Contacts contacts;

	private final Contracts contracts;

	private final Directory directory;

	WindDownBanner(Contacts contacts, Contracts contracts, Directory directory) {
		this.contacts = contacts;
		this.contracts = contracts;
		this.directory = directory;
	}

	@Override
	public List<Banner> banners(Caller caller) {
		if (caller.kind() != Caller.Kind.FAMILY) {
			return List.of();
		}
		return contacts.ofAccount(caller.accountId())
			.stream()
			.map(ContactView::agency)
			.distinct()
			.map(contracts::contractOf)
			.flatMap(Optional::stream)
			.filter(c -> c.serviceEndsOn() != null && c.viewOnlyUntil() != null && c.status() != ContractStatus.ENDED)
			.map(this::banner)
			.toList();
	}

	private Banner banner(ContractView contract) {
		String agency = directory.agency(contract.agency()).map(AgencyView::name).orElse("");
		return new Banner("winddown.banner", List.of(agency, contract.serviceEndsOn(), contract.viewOnlyUntil()),
				"/messages/export.zip", "winddown.export");
	}

}
