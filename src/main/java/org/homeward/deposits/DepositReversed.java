package org.homeward.deposits;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/**
 * A completed deposit was refunded or charged back ({@code status}); published once, with
 * the reversal.
 */
public record DepositReversed(UUID depositId, TenantId agency, DepositStatus status, Money amount, Money fee,
		Instant at) {
}
