package org.homeward.directory;

import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an agency's directory: its own staff and platform operators.
 * Staff of another agency get "not found", never "not allowed", so that nobody learns
 * what another agency holds.
 */
@Component
public class AgencyAccess {

	private final Directory directory;

	AgencyAccess(Directory directory) {
		this.directory = directory;
	}

	/**
	 * The agency, if the caller is its staff (any role) or an operator.
	 * @throws NotFoundException for an unknown agency, or one the caller does not belong
	 * to
	 */
	/**
	 * The agency with this code, for anyone (public information).
	 * @throws NotFoundException for an unknown code
	 */
	public AgencyView toAnyone(String agencyCode) {
		return directory.agencyByCode(agencyCode).orElseThrow(() -> new NotFoundException("agency"));
	}

	public AgencyView toRead(Caller caller, String agencyCode) {
		AgencyView agency = toAnyone(agencyCode);
		if (!caller.isOperator() && !caller.isStaffOf(agency.id())) {
			throw new NotFoundException("agency");
		}
		return agency;
	}

	/**
	 * The agency, if the caller is its administrator or an operator.
	 * @throws NotFoundException as {@link #toRead}
	 * @throws AccessDeniedException for the agency's staff who are not its administrators
	 */
	public AgencyView toAdminister(Caller caller, String agencyCode) {
		AgencyView agency = toRead(caller, agencyCode);
		if (!caller.isOperator() && !caller.hasRole(Role.AGENCY_ADMIN)) {
			throw new AccessDeniedException("agency administrators only");
		}
		return agency;
	}

	/**
	 * The agency a console page is about: a staff member's own, whatever they asked for;
	 * for an operator, the one they name.
	 * @throws NotFoundException as {@link #toRead}
	 * @throws AccessDeniedException as {@link #toAdminister}
	 */
	public AgencyView ownToAdminister(Caller caller, @Nullable String requested) {
		if (caller.agency() != null) {
			return toAdminister(caller, directory.agency(caller.agency()).map(AgencyView::code).orElse(""));
		}
		return toAdminister(caller, requested == null || requested.length() > 32 ? "" : requested);
	}

	/**
	 * An inmate, if the caller is staff (any role) of their agency who reaches their
	 * facility, or an operator.
	 * @throws NotFoundException for anyone else, as for an inmate that does not exist
	 */
	public InmateView inmateFor(Caller caller, UUID inmateId) {
		return directory.inmate(inmateId)
			.filter(inmate -> caller.isOperator()
					|| caller.isStaffOf(inmate.agency().id()) && caller.reaches(inmate.facility().id()))
			.orElseThrow(() -> new NotFoundException("inmate"));
	}

}
