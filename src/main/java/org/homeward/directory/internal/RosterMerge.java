package org.homeward.directory.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based statements that apply a staged roster to one agency's inmates. Standard
 * SQL (MERGE) that PostgreSQL 15+ and H2 both run.
 */
final class RosterMerge {

	private final JdbcClient jdbc;

	private final UUID agency;

	private final UUID importId;

	private final OffsetDateTime now;

	RosterMerge(JdbcClient jdbc, UUID agency, UUID importId, Instant now) {
		this.jdbc = jdbc;
		this.agency = agency;
		this.importId = importId;
		this.now = now.atOffset(ZoneOffset.UTC);
	}

	/**
	 * Records a transfer for every inmate in custody whom the roster puts in another
	 * facility.
	 */
	int recordTransfers() {
		return jdbc
			.sql("""
					insert into directory.inmate_transfer (inmate_id, from_facility_id, to_facility_id, import_id, transferred_at)
					select i.id, i.facility_id, s.facility_id, :import, :now
					  from roster_staging s
					  join directory.inmate i on i.agency_id = :agency and i.inmate_number = s.inmate_number
					 where i.facility_id <> s.facility_id and i.status = 'ACTIVE' and s.status = 'ACTIVE'""")
			.param("import", importId)
			.param("now", now)
			.param("agency", agency)
			.update();
	}

	int countNew() {
		return jdbc.sql("""
				select count(*) from roster_staging s
				 where not exists (select 1 from directory.inmate i
				                    where i.agency_id = :agency and i.inmate_number = s.inmate_number)""")
			.param("agency", agency)
			.query(Integer.class)
			.single();
	}

	/**
	 * Inserts new inmates and updates changed ones; returns how many rows it inserted or
	 * updated.
	 */
	int upsert() {
		return jdbc.sql("""
				merge into directory.inmate i
				using roster_staging s
				   on i.agency_id = :agency and i.inmate_number = s.inmate_number
				 when matched and (i.first_name <> s.first_name or i.last_name <> s.last_name
				       or i.date_of_birth is distinct from s.date_of_birth or i.facility_id <> s.facility_id
				       or i.housing_unit_id is distinct from s.housing_unit_id or i.status <> s.status) then
				      update set first_name = s.first_name, last_name = s.last_name, first_name_key = s.first_name_key,
				                 last_name_key = s.last_name_key, date_of_birth = s.date_of_birth,
				                 facility_id = s.facility_id, housing_unit_id = s.housing_unit_id, status = s.status,
				                 updated_at = :now
				 when not matched then
				      insert (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
				              date_of_birth, facility_id, housing_unit_id, status, updated_at)
				      values (s.inmate_id, :agency, s.inmate_number, s.first_name, s.last_name, s.first_name_key,
				              s.last_name_key, s.date_of_birth, s.facility_id, s.housing_unit_id, s.status, :now)""")
			.param("agency", agency)
			.param("now", now)
			.update();
	}

	/** Marks released every inmate of the agency whom a full roster no longer lists. */
	int releaseMissing() {
		return jdbc.sql("""
				update directory.inmate i set status = 'RELEASED', updated_at = :now
				 where i.agency_id = :agency and i.status <> 'RELEASED'
				   and not exists (select 1 from roster_staging s where s.inmate_number = i.inmate_number)""")
			.param("now", now)
			.param("agency", agency)
			.update();
	}

}
