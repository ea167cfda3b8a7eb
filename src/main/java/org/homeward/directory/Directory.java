package org.homeward.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * Looks up agencies, facilities and inmates. Read-only; the roster changes through
 * {@link RosterImports}.
 */
public interface Directory {

	/** Every agency, ordered by state then name. */
	List<AgencyView> agencies();

	/** The agency with this code (case-insensitive), if there is one. */
	Optional<AgencyView> agencyByCode(String code);

	Optional<AgencyView> agency(TenantId id);

	/** The facilities of an agency, ordered by name. */
	List<FacilityView> facilities(TenantId agency);

	/**
	 * The public search families use: inmates with exactly this number at agencies of
	 * this state ({@code US} for federal) who are in custody there: released inmates and
	 * those transferred to another jurisdiction are not offered. Numbers compare
	 * case-insensitively.
	 */
	List<InmateView> findByStateAndNumber(String state, String inmateNumber);

	/** The inmate of this agency with this number (case-insensitive), in any status. */
	Optional<InmateView> inmateByNumber(TenantId agency, String inmateNumber);

	/** The inmate with this id, in any status; empty if unknown. */
	Optional<InmateView> inmate(UUID inmateId);

	/**
	 * The inmates with these ids that exist, in no particular order (a report's people at
	 * once).
	 */
	List<InmateView> inmates(Collection<UUID> inmateIds);

	/**
	 * Staff search within one agency: each word of the query must begin the first or the
	 * last name (accent- and case-insensitive), or the query is an inmate number. At most
	 * {@code limit} results, ordered by last and first name.
	 */
	List<InmateView> searchByName(TenantId agency, String query, int limit);

}
