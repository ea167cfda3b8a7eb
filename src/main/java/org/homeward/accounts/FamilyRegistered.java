package org.homeward.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A family member created an account, starting from the inmate they want to reach (if
 * they chose one).
 */
public record FamilyRegistered(UUID accountId, @Nullable UUID inmateId) {
}
