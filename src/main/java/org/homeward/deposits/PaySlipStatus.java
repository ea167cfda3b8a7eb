package org.homeward.deposits;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a pay slip for cash at a store is: ISSUED until a store takes the cash (PAID) or
 * its last day passes (EXPIRED). A slip is paid once.
 */
public enum PaySlipStatus {

	ISSUED, PAID, EXPIRED;

	public static final Lifecycle<PaySlipStatus> LIFECYCLE = Lifecycle.of("pay slip", PaySlipStatus.class,
			Map.of(ISSUED, Set.of(PAID, EXPIRED)));

}
