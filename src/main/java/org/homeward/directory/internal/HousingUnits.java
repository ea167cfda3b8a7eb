package org.homeward.directory.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.homeward.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The housing units of one agency's facilities during an import. Agencies rename and add
 * units freely, so a unit first seen on a roster is created.
 */
final class HousingUnits {

	private final JdbcClient jdbc;

	private final Map<String, UUID> ids = new HashMap<>();

	HousingUnits(JdbcClient jdbc, UUID agencyId) {
		this.jdbc = jdbc;
		jdbc.sql("""
				select h.id, h.facility_id, h.code from directory.housing_unit h
				  join directory.facility f on f.id = h.facility_id where f.agency_id = :agency""")
			.param("agency", agencyId)
			.query(rs -> {
				ids.put(key(rs.getObject("facility_id", UUID.class), rs.getString("code")),
						rs.getObject("id", UUID.class));
			});
	}

	UUID idOf(UUID facilityId, String code) {
		return ids.computeIfAbsent(key(facilityId, code), k -> {
			UUID id = Ids.next();
			jdbc.sql("insert into directory.housing_unit (id, facility_id, code) values (:id, :facility, :code)")
				.param("id", id)
				.param("facility", facilityId)
				.param("code", code)
				.update();
			return id;
		});
	}

	private static String key(UUID facilityId, String code) {
		return facilityId + "/" + code;
	}

}
