package org.homeward.contacts;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An inmate's invitation of a person, as the inmate and staff see it (never with its
 * code).
 *
 * @param status {@code PENDING_APPROVAL}, {@code SENT}, {@code ACCEPTED}, {@code BLOCKED}
 * or {@code DECLINED}
 */
public record Invitation(UUID id, UUID inmateId, TenantId agency, String name, String email, String status,
		Instant createdAt, @Nullable Instant expiresAt) {
}
