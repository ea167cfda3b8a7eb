package org.homeward.contracts;

/**
 * Who starts a contact between a family member and an inmate: anyone registered (OPEN),
 * the inmate (INMATE_INITIATED), or staff approve each request (STAFF_APPROVED).
 */
public enum ContactPolicy {

	OPEN, INMATE_INITIATED, STAFF_APPROVED

}
