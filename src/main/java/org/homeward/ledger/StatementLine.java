package org.homeward.ledger;

import java.time.Instant;
import java.util.UUID;

/** One movement on an account, for statements and receipts. */
public record StatementLine(UUID entryId, Instant at, String kind, String description, long amountMinor) {
}
