package org.homeward.visits;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/**
 * A visit that was due is over: COMPLETED, TERMINATED by staff or MISSED. Published in
 * the transaction that ends it, for modules that count (reports).
 *
 * @param minutes the visit's length as booked
 * @param refund what goes back to the family's card (zero when the visit was earned)
 */
public record VisitEnded(UUID visitId, TenantId agency, UUID facilityId, VisitStatus status, int minutes, Money refund,
		Instant at) {
}
