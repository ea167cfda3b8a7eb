package org.homeward.visits;

import java.util.Arrays;
import java.util.List;

/**
 * Why staff deny, cancel or end a visit, or (CALL_FAILED and INMATE_ABSENT, Homeward's
 * own) why a visit did not take place: the reasons families are told in words (the
 * message {@code visits.reason.<name>}).
 */
public enum VisitReason {

	LOCKDOWN, MAINTENANCE, WEATHER, STAFFING, INMATE_UNAVAILABLE, VISITOR_NOT_APPROVED, SECURITY, MISCONDUCT, OTHER,

	/** The call did not connect both sides for most of the visit: refunded. */
	CALL_FAILED,

	/** The inmate never joined the visit: refunded. */
	INMATE_ABSENT;

	/** The reasons staff choose from (not Homeward's own). */
	public static List<VisitReason> forStaff() {
		return Arrays.stream(values()).filter(r -> r != CALL_FAILED && r != INMATE_ABSENT).toList();
	}

}
