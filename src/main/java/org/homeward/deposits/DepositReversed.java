package org.homeward.deposits;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A completed deposit was refunded or charged back ({@code status}); published once, with
 * the reversal. {@code commission} is the agency's commission taken back with it (absent
 * only from events recorded before it was named).
 */
public record DepositReversed(UUID depositId, TenantId agency, DepositStatus status, Money amount, Money fee,
		Instant at, @Nullable Money commission) {
}
