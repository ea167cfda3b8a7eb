package org.homeward.messaging;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * Staff rejected a held message (its stamps went back). Published in the transaction that
 * rejects it.
 */
public record MessageRejected(UUID messageId, TenantId agency, UUID facilityId, boolean toInmate, String reason,
		Instant sentAt, Instant rejectedAt) {
}
