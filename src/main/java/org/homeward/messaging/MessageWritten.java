package org.homeward.messaging;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * A family or an inmate wrote a message and it went into screening: published in the
 * sending transaction, with the stamps it used, for modules that count (reports).
 * {@link MessageSent} stays the screening's trigger.
 *
 * @param toInmate whether a family wrote it to an inmate (else an inmate's reply)
 * @param stamps the stamps it cost (0 where families write for free)
 */
public record MessageWritten(UUID messageId, TenantId agency, UUID facilityId, boolean toInmate, int stamps,
		Instant sentAt) {
}
