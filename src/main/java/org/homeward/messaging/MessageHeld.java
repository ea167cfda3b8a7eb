package org.homeward.messaging;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * Screening held a message for staff to review. Published in the transaction that holds
 * it.
 */
public record MessageHeld(UUID messageId, TenantId agency, UUID facilityId, boolean toInmate, Instant sentAt,
		Instant heldAt) {
}
