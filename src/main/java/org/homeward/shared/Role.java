package org.homeward.shared;

/** What a staff member of an agency may do. A staff member can hold several. */
public enum Role {

	MAILROOM_REVIEWER, INVESTIGATOR, VISITATION_OFFICER, AGENCY_ADMIN;

	/** The roles that run a facility's services day to day (suspend privileges, set PINs); not investigators. */
	public static final java.util.Set<Role> FACILITY_STAFF = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(AGENCY_ADMIN, MAILROOM_REVIEWER, VISITATION_OFFICER));

}
