package org.homeward.deposits;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a deposit (or supervision payment) is: PENDING until the card network answers
 * (UNKNOWN while it has not), then COMPLETED or DECLINED; a completed one may be REFUNDED
 * or CHARGED_BACK.
 */
public enum DepositStatus {

	PENDING, UNKNOWN, COMPLETED, DECLINED, REFUNDED, CHARGED_BACK;

	public static final Lifecycle<DepositStatus> LIFECYCLE = Lifecycle.of("deposit", DepositStatus.class,
			Map.of(PENDING, Set.of(UNKNOWN, COMPLETED, DECLINED), UNKNOWN, Set.of(COMPLETED, DECLINED), COMPLETED,
					Set.of(REFUNDED, CHARGED_BACK)));

}
