package org.homeward.contacts.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What every new contact or invitation must pass: an inmate in custody at a facility that
 * offers messaging, and room under the agency's cap. The inmate's row in
 * {@code contacts.inmate_lock} is locked first, so that the cap holds when many families
 * ask at once.
 */
@Component
class ContactGate {

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final Clock clock;

	ContactGate(JdbcClient jdbc, Contracts contracts, Clock clock) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.clock = clock;
	}

	ContractView writableContract(InmateView inmate) {
		if (inmate.status() != InmateStatus.ACTIVE) {
			throw new BusinessRuleException("inmate-not-in-custody",
					inmate.firstName() + " " + inmate.lastName() + " is no longer in the custody of "
							+ inmate.agency().name() + ".",
					List.of(inmate.firstName() + " " + inmate.lastName(), inmate.agency().name()), Map.of());
		}
		ContractView contract = contracts.contractOf(inmate.agency().id())
			.orElseThrow(() -> new BusinessRuleException("service-not-available", "messaging",
					inmate.agency().name() + " does not offer messaging.", List.of(inmate.agency().name()), Map.of()));
		if (!contract.offers(Service.MESSAGING, inmate.facility().id())) {
			throw contract.serviceEndsOn() == null
					? new BusinessRuleException("service-not-available", "messaging-facility",
							"Messaging is not available at " + inmate.facility().name() + ".",
							List.of(inmate.facility().name()), Map.of())
					: new BusinessRuleException("service-not-available", "messaging-facility-ended",
							"Messaging is not available at " + inmate.facility().name() + " since "
									+ contract.serviceEndsOn() + ".",
							List.of(inmate.facility().name(), contract.serviceEndsOn().toString()), Map.of());
		}
		return contract;
	}

	/**
	 * Locks the inmate's contacts and refuses when they already have as many as the
	 * agency allows.
	 */
	void lockAndCheckCap(InmateView inmate, ContractView contract) {
		jdbc.sql("insert into contacts.inmate_lock (inmate_id) values (:inmate) on conflict do nothing")
			.param("inmate", inmate.id())
			.update();
		jdbc.sql("select inmate_id from contacts.inmate_lock where inmate_id = :inmate for update")
			.param("inmate", inmate.id())
			.query(UUID.class)
			.single();
		int used = jdbc
			.sql("""
					select (select count(*) from contacts.contact where inmate_id = :inmate and status in ('ACTIVE', 'PENDING_APPROVAL'))
					     + (select count(*) from contacts.invitation where inmate_id = :inmate and status in ('PENDING_APPROVAL', 'SENT')
					           and (expires_at is null or expires_at > :now))""")
			.param("inmate", inmate.id())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (used >= contract.contactCap()) {
			throw new BusinessRuleException("contact-cap-reached",
					inmate.firstName() + " " + inmate.lastName() + " already has " + contract.contactCap()
							+ " contacts, the most " + inmate.agency().name() + " allows.",
					List.of(inmate.firstName() + " " + inmate.lastName(), String.valueOf(contract.contactCap()),
							inmate.agency().name()),
					Map.of());
		}
	}

}
