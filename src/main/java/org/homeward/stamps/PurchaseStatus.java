package org.homeward.stamps;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a stamp purchase is: PENDING until the card network answers (UNKNOWN while it has
 * not), then COMPLETED or DECLINED.
 */
public enum PurchaseStatus {

	PENDING, UNKNOWN, COMPLETED, DECLINED;

	public static final Lifecycle<PurchaseStatus> LIFECYCLE = Lifecycle.of("stamp purchase", PurchaseStatus.class,
			Map.of(PENDING, Set.of(UNKNOWN, COMPLETED, DECLINED), UNKNOWN, Set.of(COMPLETED, DECLINED)));

}
