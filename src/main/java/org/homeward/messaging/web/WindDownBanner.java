package org.homeward.messaging.web;

import java.time.LocalDate;
import java.util.List;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The banner every family page shows while an agency of theirs is leaving Homeward (asked for by the layout as it
 * renders, so API calls never pay for it): when services stop, until when
 * messages can be read and downloaded, and that unspent stamps come back by themselves.
 */
@Component("windDowns")
public class WindDownBanner {

	/** One agency's end, as the banner says it. */
	public record Ending(String agency, LocalDate serviceEndsOn, LocalDate viewOnlyUntil) {
	}

	private final Contacts contacts;

	private final Contracts contracts;

	private final Directory directory;

	WindDownBanner(Contacts contacts, Contracts contracts, Directory directory) {
		this.contacts = contacts;
		this.contracts = contracts;
		this.directory = directory;
	}

	/** The ends the signed-in family member should know of: {@code ${@windDowns.current()}} in the page layout. */
	public List<Ending> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)
				|| caller.kind() != Caller.Kind.FAMILY) {
			return List.of();
		}
		return contacts.ofAccount(caller.accountId()).stream().map(ContactView::agency).distinct()
			.map(contracts::contractOf).flatMap(java.util.Optional::stream)
			.filter(c -> c.serviceEndsOn() != null && c.viewOnlyUntil() != null && c.status() != ContractStatus.ENDED)
			.map(this::ending).toList();
	}

	private Ending ending(ContractView contract) {
		return new Ending(directory.agency(contract.agency()).map(AgencyView::name).orElse(""), contract.serviceEndsOn(),
				contract.viewOnlyUntil());
	}

}
