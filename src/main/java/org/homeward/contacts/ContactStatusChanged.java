package org.homeward.contacts;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A contact began, or moved to another status: approved by staff, declined, blocked by
 * one side, unblocked. Published in the transaction that changes it, for modules that
 * count or act on it (reports, visits).
 *
 * @param from the status before, or {@literal null} for a contact that did not exist
 */
public record ContactStatusChanged(UUID contactId, UUID accountId, UUID inmateId, TenantId agency,
		@Nullable ContactStatus from, ContactStatus to, Instant at) {
}
