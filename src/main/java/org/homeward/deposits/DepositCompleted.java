package org.homeward.deposits;

import org.homeward.contracts.FeeChannel;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Money arrived: a deposit to an inmate (or a supervision payment) completed, with its
 * fee and the agency's commission. Published once per deposit, in the transaction that
 * completes it, for modules that count (reports).
 *
 * @param accountId the family account that sent it, or {@literal null} for cash at a
 * store paid without one
 * @param inmateId the inmate it went to, or {@literal null} for a supervision payment
 * @param channel how it was paid: online by card, by phone through support, or cash in
 * person (LOBBY)
 */
public record DepositCompleted(UUID depositId, @Nullable UUID accountId, @Nullable UUID inmateId, TenantId agency,
		Money amount, Money fee, Money commission, Instant at, FeeChannel channel) {
}
