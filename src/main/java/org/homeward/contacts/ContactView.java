package org.homeward.contacts;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A contact between a family account and an inmate.
 *
 * @param blockedBy the side that blocked it, when it is blocked
 * @param privileged whether an agency administrator verified it as legal mail (attorney,
 * PREA advocate): its messages are not content-screened and never shown to reviewers or
 * investigators
 */
public record ContactView(UUID id, UUID accountId, UUID inmateId, TenantId agency, ContactStatus status,
		@Nullable Side blockedBy, Instant createdAt, boolean privileged) {

	public boolean active() {
		return status == ContactStatus.ACTIVE;
	}

}
