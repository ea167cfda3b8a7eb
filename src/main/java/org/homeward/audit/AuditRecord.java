package org.homeward.audit;

import java.time.Instant;

/** A stored audit entry with its place in the chain. */
public record AuditRecord(long sequence, Instant at, AuditEntry entry, String hash) {
}
