package org.homeward.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.directory.AgencyKind;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Every method is one query, so none opens a transaction: a read-only transaction would
 * cost PostgreSQL round trips (read-only on, commit, read-only off) worth more than the
 * lookup itself.
 */
@Service
class DirectoryService implements Directory {

	private static final String AGENCY_COLUMNS = "a.id as agency_id, a.code as agency_code, a.name as agency_name, a.state, a.kind";

	private static final String INMATE_SELECT = """
			select i.id, i.inmate_number, i.first_name, i.last_name, i.date_of_birth, i.status,
			       %s, f.id as facility_id, f.code as facility_code, f.name as facility_name, h.code as housing_unit
			  from directory.inmate i
			  join directory.agency a on a.id = i.agency_id
			  join directory.facility f on f.id = i.facility_id
			  left join directory.housing_unit h on h.id = i.housing_unit_id
			""".formatted(AGENCY_COLUMNS);

	/**
	 * Agencies as read in the last minute: every purchase, deposit and message names one,
	 * and an agency's code, name, state and kind are set when it is onboarded and not
	 * changed by Homeward. Only agencies found are kept.
	 */
	private final Cache<TenantId, AgencyView> agenciesById = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();

	private final Cache<String, AgencyView> agenciesByCode = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(10_000)
		.build();

	private final JdbcClient jdbc;

	DirectoryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AgencyView> agencies() {
		return jdbc.sql("select " + AGENCY_COLUMNS + " from directory.agency a order by a.state, a.name")
			.query((rs, n) -> agency(rs))
			.list();
	}

	@Override
	public Optional<AgencyView> agencyByCode(String code) {
		String normalised = code.trim().toUpperCase(Locale.ROOT);
		AgencyView known = agenciesByCode.getIfPresent(normalised);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<AgencyView> found = jdbc
			.sql("select " + AGENCY_COLUMNS + " from directory.agency a where a.code = :code")
			.param("code", normalised)
			.query((rs, n) -> agency(rs))
			.optional();
		found.ifPresent(agency -> agenciesByCode.put(normalised, agency));
		return found;
	}

	@Override
	public Optional<AgencyView> agency(TenantId id) {
		AgencyView known = agenciesById.getIfPresent(id);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<AgencyView> found = jdbc.sql("select " + AGENCY_COLUMNS + " from directory.agency a where a.id = :id")
			.param("id", id.value())
			.query((rs, n) -> agency(rs))
			.optional();
		found.ifPresent(agency -> agenciesById.put(id, agency));
		return found;
	}

	@Override
	public List<FacilityView> facilities(TenantId agency) {
		return jdbc
			.sql("select id, agency_id, code, name from directory.facility where agency_id = :agency order by name")
			.param("agency", agency.value())
			.query((rs, n) -> new FacilityView(rs.getObject("id", UUID.class),
					new TenantId(rs.getObject("agency_id", UUID.class)), rs.getString("code"), rs.getString("name")))
			.list();
	}

	@Override
	public List<InmateView> findByStateAndNumber(String state, String inmateNumber) {
		return jdbc.sql(INMATE_SELECT + """
				where a.state = :state and i.inmate_number = :number and i.status = 'ACTIVE'
				order by a.name""")
			.param("state", state.trim().toUpperCase(Locale.ROOT))
			.param("number", inmateNumber.trim().toUpperCase(Locale.ROOT))
			.query((rs, n) -> inmate(rs))
			.list();
	}

	@Override
	public Optional<InmateView> inmateByNumber(TenantId agency, String inmateNumber) {
		return jdbc.sql(INMATE_SELECT + " where i.agency_id = :agency and i.inmate_number = :number")
			.param("agency", agency.value())
			.param("number", inmateNumber.trim().toUpperCase(Locale.ROOT))
			.query((rs, n) -> inmate(rs))
			.optional();
	}

	@Override
	public Optional<InmateView> inmate(UUID inmateId) {
		return jdbc.sql(INMATE_SELECT + " where i.id = :id")
			.param("id", inmateId)
			.query((rs, n) -> inmate(rs))
			.optional();
	}

	@Override
	public List<InmateView> inmates(Collection<UUID> inmateIds) {
		List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(inmateIds));
		List<InmateView> found = new ArrayList<>(all.size());
		for (int from = 0; from < all.size(); from += 1000) {
			found.addAll(jdbc.sql(INMATE_SELECT + " where i.id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query((rs, n) -> inmate(rs))
				.list());
		}
		return found;
	}

	@Override
	public List<InmateView> searchByName(TenantId agency, String query, int limit) {
		List<String> words = NameKeys.words(query).stream().limit(3).toList();
		StringBuilder where = new StringBuilder(" where i.agency_id = :agency and (i.inmate_number = :number");
		if (!words.isEmpty()) {
			List<String> conditions = new ArrayList<>();
			for (int w = 0; w < words.size(); w++) {
				conditions.add("(i.first_name_key like :w%1$d or i.last_name_key like :w%1$d)".formatted(w));
			}
			where.append(" or (").append(String.join(" and ", conditions)).append(')');
		}
		where.append(") order by i.last_name_key, i.first_name_key, i.inmate_number limit :limit");
		JdbcClient.StatementSpec statement = jdbc.sql(INMATE_SELECT + where)
			.param("agency", agency.value())
			.param("number", query.trim().toUpperCase(Locale.ROOT))
			.param("limit", limit);
		for (int w = 0; w < words.size(); w++) {
			statement = statement.param("w" + w, words.get(w) + "%");
		}
		return statement.query((rs, n) -> inmate(rs)).list();
	}

	private static AgencyView agency(ResultSet rs) throws SQLException {
		return new AgencyView(new TenantId(rs.getObject("agency_id", UUID.class)), rs.getString("agency_code"),
				rs.getString("agency_name"), rs.getString("state"), AgencyKind.valueOf(rs.getString("kind")));
	}

	private static InmateView inmate(ResultSet rs) throws SQLException {
		AgencyView agency = agency(rs);
		FacilityView facility = new FacilityView(rs.getObject("facility_id", UUID.class), agency.id(),
				rs.getString("facility_code"), rs.getString("facility_name"));
		return new InmateView(rs.getObject("id", UUID.class), rs.getString("inmate_number"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getObject("date_of_birth", LocalDate.class),
				InmateStatus.valueOf(rs.getString("status")), agency, facility, rs.getString("housing_unit"));
	}

}
