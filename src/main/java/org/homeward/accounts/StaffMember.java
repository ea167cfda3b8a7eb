package org.homeward.accounts;

import java.util.Set;
import java.util.UUID;

import org.homeward.shared.Role;
import org.jspecify.annotations.Nullable;

/** A staff account of an agency, as its administrators see it. */
public record StaffMember(UUID id, String email, String displayName, Set<Role> roles, @Nullable UUID facilityId,
		boolean active) {
}
