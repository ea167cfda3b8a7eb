package org.homeward.messaging.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * What families see of an agency's messages as its contract ends: everything while it is
 * active or winding down (view-only); once it has ENDED, nothing on their pages, but
 * their export keeps the agency's messages for the contract's retention period after the
 * view-only window.
 */
@Component
public class Visibility {

	private final Contracts contracts;

	private final Clock clock;

	Visibility(Contracts contracts, Clock clock) {
		this.contracts = contracts;
		this.clock = clock;
	}

	public boolean shownToFamilies(TenantId agency) {
		return contracts.contractOf(agency).map(c -> c.status() != ContractStatus.ENDED).orElse(true);
	}

	public boolean exportable(TenantId agency) {
		return contracts.contractOf(agency).map(this::exportable).orElse(true);
	}

	private boolean exportable(ContractView contract) {
		if (contract.status() != ContractStatus.ENDED || contract.viewOnlyUntil() == null) {
			return true;
		}
		LocalDate lastDay = contract.viewOnlyUntil().plusDays(contract.exportRetentionDays());
		return !LocalDate.now(clock.withZone(ZoneOffset.UTC)).isAfter(lastDay);
	}

}
