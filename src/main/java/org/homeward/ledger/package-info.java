/**
 * The double-entry ledger: every movement of money or stamps is one balanced journal
 * entry, append-only, taken once per idempotency key. Balances are kept with the postings
 * in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger")
@org.jspecify.annotations.NullMarked
package org.homeward.ledger;
