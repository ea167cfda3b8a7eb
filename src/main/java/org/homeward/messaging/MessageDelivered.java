package org.homeward.messaging;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * A message reached its reader: in the kiosk inbox or the family's messages, or printed
 * for the facility's mail room. Published once per message, in the transaction that moves
 * it, for modules that count (reports).
 *
 * @param toInmate whether a family wrote it to an inmate (else it is an inmate's message
 * to a family)
 * @param printed whether it was delivered on paper
 */
public record MessageDelivered(UUID messageId, TenantId agency, UUID facilityId, boolean toInmate, boolean printed,
		Instant sentAt, Instant deliveredAt) {
}
