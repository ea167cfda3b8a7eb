package org.homeward.payments.internal;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a card charge is: PENDING from when it is recorded, UNKNOWN while the gateway has
 * not answered, then CAPTURED or DECLINED; a captured charge is REFUNDED in part or
 * whole, a refunded one may be refunded further.
 */
enum ChargeStatus {

	PENDING, UNKNOWN, CAPTURED, DECLINED, REFUNDED;

	static final Lifecycle<ChargeStatus> LIFECYCLE = Lifecycle.of("card charge", ChargeStatus.class,
			Map.of(PENDING, Set.of(UNKNOWN, CAPTURED, DECLINED), UNKNOWN, Set.of(CAPTURED, DECLINED), CAPTURED,
					Set.of(REFUNDED), REFUNDED, Set.of(REFUNDED)));

}
