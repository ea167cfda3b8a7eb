package org.homeward.visits;

/**
 * Why staff deny, cancel or end a visit: the reasons families are told in words (the
 * message {@code visits.reason.<name>}).
 */
public enum VisitReason {

	LOCKDOWN, MAINTENANCE, WEATHER, STAFFING, INMATE_UNAVAILABLE, VISITOR_NOT_APPROVED, SECURITY, MISCONDUCT, OTHER

}
