package org.homeward.directory;

import java.util.UUID;

/**
 * An inmate as anyone may see them (API.md): no date of birth, no housing unit. The shape
 * every API answer uses when it names an inmate.
 */
public record PublicInmate(UUID id, String inmateNumber, String firstName, String lastName, Facility facility,
		Agency agency) {

	public record Facility(UUID id, String name) {
	}

	public record Agency(String code, String name, String state) {
	}

	public static PublicInmate of(InmateView inmate) {
		return new PublicInmate(inmate.id(), inmate.inmateNumber(), inmate.firstName(), inmate.lastName(),
				new Facility(inmate.facility().id(), inmate.facility().name()),
				new Agency(inmate.agency().code(), inmate.agency().name(), inmate.agency().state()));
	}

}
