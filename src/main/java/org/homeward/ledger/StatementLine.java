package org.homeward.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * One movement on an account, for statements and receipts.
 *
 * @param key the idempotency key its entry was posted under (which names what it was for:
 * {@code deposit:<id>})
 */
public record StatementLine(UUID entryId, Instant at, String kind, String description, long amountMinor, String key) {
}
