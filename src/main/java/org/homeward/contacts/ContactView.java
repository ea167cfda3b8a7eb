package org.homeward.contacts;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A contact between a family account and an inmate.
 *
 * @param blockedBy the side that blocked it, when it is blocked
 */
public record ContactView(UUID id, UUID accountId, UUID inmateId, TenantId agency, ContactStatus status,
		@Nullable Side blockedBy, Instant createdAt) {

	public boolean active() {
		return status == ContactStatus.ACTIVE;
	}

}
