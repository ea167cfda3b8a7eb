package org.homeward.deposits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People under an agency's supervision (parole, probation), found by agency and case
 * number.
 */
@Component
public class Supervision {

	/** The obligations a payment can be for. */
	public static final List<String> OBLIGATIONS = List.of("SUPERVISION_FEE", "RESTITUTION", "COURT_COSTS");

	/** A person under supervision. */
	public record Case(UUID id, TenantId agency, String caseNumber, String firstName, String lastName, boolean active) {
	}

	private final JdbcClient jdbc;

	Supervision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Case> find(TenantId agency, String caseNumber) {
		return jdbc.sql("select * from deposits.supervision_case where agency_id = :agency and case_number = :number")
			.param("agency", agency.value())
			.param("number", caseNumber.trim().toUpperCase(Locale.ROOT))
			.query(Supervision::person)
			.optional();
	}

	public Optional<Case> byId(@Nullable UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from deposits.supervision_case where id = :id")
			.param("id", id)
			.query(Supervision::person)
			.optional();
	}

	private static Case person(ResultSet rs, int n) throws SQLException {
		return new Case(rs.getObject("id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getString("case_number"), rs.getString("first_name"), rs.getString("last_name"),
				"ACTIVE".equals(rs.getString("status")));
	}

}
