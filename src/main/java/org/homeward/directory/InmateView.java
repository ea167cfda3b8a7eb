package org.homeward.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inmate as the directory knows them. The date of birth and housing unit are for
 * staff; public answers leave them out.
 */
public record InmateView(UUID id, String inmateNumber, String firstName, String lastName,
		@Nullable LocalDate dateOfBirth, InmateStatus status, AgencyView agency, FacilityView facility,
		@Nullable String housingUnit) {
}
