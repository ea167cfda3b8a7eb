package org.homeward.directory;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Creates agencies of a test's own, so that tests sharing one database never see each
 * other's inmates.
 */
public final class TestAgencies {

	private TestAgencies() {
	}

	/**
	 * An agency with a unique code in the given state and the facilities {@code EAST} and
	 * {@code WEST}.
	 * @return the new agency's id
	 */
	public static TenantId create(JdbcClient jdbc, String state) {
		UUID id = UUID.randomUUID();
		String code = "T-" + id.toString().substring(0, 8).toUpperCase();
		jdbc.sql(
				"insert into directory.agency (id, code, name, state, kind, created_at) values (:id, :code, :name, :state, 'COUNTY', :now)")
			.param("id", id)
			.param("code", code)
			.param("name", "Test County " + code)
			.param("state", state)
			.param("now", OffsetDateTime.now())
			.update();
		for (String facility : new String[] { "EAST", "WEST" }) {
			jdbc.sql("insert into directory.facility (id, agency_id, code, name) values (:id, :agency, :code, :name)")
				.param("id", UUID.randomUUID())
				.param("agency", id)
				.param("code", facility)
				.param("name", facility.charAt(0) + facility.substring(1).toLowerCase() + " Jail " + code)
				.update();
		}
		return new TenantId(id);
	}

	public static String code(JdbcClient jdbc, TenantId agency) {
		return jdbc.sql("select code from directory.agency where id = :id")
			.param("id", agency.value())
			.query(String.class)
			.single();
	}

}
