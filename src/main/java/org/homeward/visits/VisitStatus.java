package org.homeward.visits;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a video visit is. A booking is PAYING until the card answers (PAYMENT_DECLINED
 * when it refuses: the visit never existed for the family), then REQUESTED where staff
 * approve each visit or SCHEDULED. A scheduled visit goes LIVE when a side joins and ends
 * COMPLETED, TERMINATED by staff or MISSED (a side never came, or the call failed);
 * before that it can be CANCELLED (by the family before the cut-off, or by the facility)
 * or, while requested, DENIED. A scheduled visit the family moves to another time is
 * REQUESTED again where staff approve each visit.
 */
public enum VisitStatus {

	PAYING, PAYMENT_DECLINED, REQUESTED, SCHEDULED, DENIED, CANCELLED, LIVE, COMPLETED, TERMINATED, MISSED;

	public static final Lifecycle<VisitStatus> LIFECYCLE = Lifecycle.of("video visit", VisitStatus.class,
			Map.of(PAYING, Set.of(PAYMENT_DECLINED, REQUESTED, SCHEDULED), REQUESTED,
					Set.of(SCHEDULED, DENIED, CANCELLED), SCHEDULED, Set.of(REQUESTED, CANCELLED, LIVE, MISSED), LIVE,
					Set.of(COMPLETED, TERMINATED, MISSED)));

	/** The states in which a visit holds its station and its place in the allowance. */
	public static final Set<VisitStatus> HOLDING = EnumSet.of(PAYING, REQUESTED, SCHEDULED, LIVE);

	/**
	 * Whether the visit holds its station and counts in the inmate's weekly allowance.
	 */
	public boolean holds() {
		return HOLDING.contains(this);
	}

}
