package org.homeward.shared;

/** What a staff member of an agency may do. A staff member can hold several. */
public enum Role {

	MAILROOM_REVIEWER, INVESTIGATOR, VISITATION_OFFICER, AGENCY_ADMIN;

	/** The roles that run a facility's services day to day (suspend privileges, set PINs); not investigators. */
	public static final java.util.Set<Role> FACILITY_STAFF = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(AGENCY_ADMIN, MAILROOM_REVIEWER, VISITATION_OFFICER));

	/** The agency's administrators alone. */
	public static final java.util.Set<Role> ADMINISTRATION = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(AGENCY_ADMIN));

	/** The roles that search the agency's correspondence: investigators and administrators. */
	public static final java.util.Set<Role> INVESTIGATION = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(AGENCY_ADMIN, INVESTIGATOR));

	/** The roles that handle the agency's mail (screen it, print it); not investigators or visitation officers. */
	public static final java.util.Set<Role> MAILROOM = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(AGENCY_ADMIN, MAILROOM_REVIEWER));

	/** The roles that may read what families and inmates write: the mailroom and investigators; not visitation officers. */
	public static final java.util.Set<Role> MAIL_READERS = java.util.Collections
		.unmodifiableSet(java.util.EnumSet.of(AGENCY_ADMIN, MAILROOM_REVIEWER, INVESTIGATOR));

}
