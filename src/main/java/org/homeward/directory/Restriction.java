package org.homeward.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A suspended privilege.
 *
 * @param until the last day it applies, or {@literal null} until lifted
 */
public record Restriction(UUID id, UUID inmateId, RestrictionKind kind, @Nullable LocalDate until, String reason,
		Instant createdAt) {

	/** Whether it applies on that day. */
	public boolean appliesOn(LocalDate day) {
		return until == null || !day.isAfter(until);
	}

}
