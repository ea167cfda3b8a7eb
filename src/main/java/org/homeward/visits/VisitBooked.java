package org.homeward.visits;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/** A family paid for a visit (scheduled, or requested where staff approve). */
public record VisitBooked(UUID visitId, TenantId agency, UUID facilityId, UUID inmateId, UUID accountId,
		Instant startsAt, Money price, Instant at) {
}
