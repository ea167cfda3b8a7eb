package org.homeward.visits;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/**
 * A booked visit will not take place (cancelled by the family or the facility, or
 * denied), with what is refunded to the card.
 */
public record VisitCancelled(UUID visitId, TenantId agency, UUID inmateId, UUID accountId, VisitStatus status,
		Money refund, Instant at) {
}
