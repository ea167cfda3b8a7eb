package org.homeward.audit;

import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened.
 *
 * @param actor the account (or inmate) that did it; {@literal null} when nobody was
 * signed in
 * @param actorLabel how to name the actor to a reader, e.g. an e-mail address
 * @param agency the agency whose records it concerns, if any
 * @param action a stable name, e.g. {@code sign-in.failed}, {@code password.changed},
 * {@code contract.changed}
 * @param subject what it was done to, e.g. an account or inmate id
 * @param detail a short free-text detail, never a secret
 * @param from the client's address
 */
public record AuditEntry(@Nullable UUID actor, String actorLabel, @Nullable TenantId agency, String action,
		@Nullable String subject, @Nullable String detail, @Nullable String from) {
}
