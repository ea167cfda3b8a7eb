package org.homeward.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Staff suspended one of an inmate's privileges (until {@code until}, or until lifted):
 * modules whose bookings it touches act on it (video visits already booked are cancelled
 * and refunded).
 */
public record RestrictionAdded(UUID restrictionId, UUID inmateId, RestrictionKind kind, @Nullable LocalDate until,
		String reason, Instant at) {
}
