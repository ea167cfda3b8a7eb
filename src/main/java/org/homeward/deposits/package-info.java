/**
 * Sending money: deposits to inmates with the fee from the agency's tier table shown
 * before confirming, limits per deposit, day and 30 days, recurring deposits, inmate
 * balances and statements, inmates buying stamps from their balance, refunds and
 * chargebacks as reversing entries, payments for people under supervision, and each
 * agency's daily settlement file reconciled against the ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deposits")
@org.jspecify.annotations.NullMarked
package org.homeward.deposits;
