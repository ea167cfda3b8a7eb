package org.homeward.deposits;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.homeward.Json;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Agencies of a test's own that take deposits at DEMO-DOC's fees and limits, and the
 * families' saved cards.
 */
public final class DepositAgencies {

	private DepositAgencies() {
	}

	/** A new OPEN agency with DEMO-DOC's contract, fee tiers and deposits on. */
	public static TenantId create(JdbcClient jdbc) {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		jdbc.sql(
				"""
						insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor)
						select c.id, t.channel, t.up_to_minor, t.fee_minor from contracts.contract c, contracts.deposit_fee_tier t
						 where c.agency_id = :agency
						   and t.contract_id = (select id from contracts.contract where agency_id = (select id from directory.agency where code = 'DEMO-DOC'))""")
			.param("agency", agency.value())
			.update();
		jdbc.sql("""
				insert into contracts.service (contract_id, service, enabled)
				select id, 'DEPOSITS', true from contracts.contract where agency_id = :agency""")
			.param("agency", agency.value())
			.update();
		return agency;
	}

}
