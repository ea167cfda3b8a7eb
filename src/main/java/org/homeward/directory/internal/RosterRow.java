package org.homeward.directory.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One valid roster row, resolved to the ids it will be stored with. */
record RosterRow(UUID candidateId, String inmateNumber, String firstName, String lastName,
		@Nullable LocalDate dateOfBirth, UUID facilityId, @Nullable UUID housingUnitId, String status) {

	String firstNameKey() {
		return NameKeys.key(firstName);
	}

	String lastNameKey() {
		return NameKeys.key(lastName);
	}

}
