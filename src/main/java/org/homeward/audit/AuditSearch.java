package org.homeward.audit;

import java.time.Instant;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log; every part is optional.
 *
 * @param agency one agency's entries (staff see only their agency's), or all of them
 * @param actor words of the name of who acted (any case)
 * @param action the start of what was done, e.g. {@code restriction.}
 * @param subject the record it was done to, exactly (an id, a number)
 * @param from entries at or after this moment
 * @param until entries before this moment
 */
public record AuditSearch(@Nullable TenantId agency, @Nullable String actor, @Nullable String action,
		@Nullable String subject, @Nullable Instant from, @Nullable Instant until, int limit) {
}
