package org.homeward.courses;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a completion's earned-time credit is: PENDING until the agency's records staff
 * approve it, once (APPROVED is final: a credit is never applied twice).
 */
public enum CreditStatus {

	PENDING, APPROVED;

	public static final Lifecycle<CreditStatus> LIFECYCLE = Lifecycle.of("credit", CreditStatus.class,
			Map.of(PENDING, Set.of(APPROVED)));

}
