package org.homeward.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a staff member of an agency may do. A staff member can hold several. */
public enum Role {

	MAILROOM_REVIEWER, INVESTIGATOR, VISITATION_OFFICER, AGENCY_ADMIN;

	/**
	 * The roles that run a facility's services day to day (suspend privileges, set PINs);
	 * not investigators.
	 */
	public static final Set<Role> FACILITY_STAFF = Collections
		.unmodifiableSet(EnumSet.of(AGENCY_ADMIN, MAILROOM_REVIEWER, VISITATION_OFFICER));

	/** The agency's administrators alone. */
	public static final Set<Role> ADMINISTRATION = Collections.unmodifiableSet(EnumSet.of(AGENCY_ADMIN));

	/**
	 * The roles that search the agency's correspondence: investigators and
	 * administrators.
	 */
	public static final Set<Role> INVESTIGATION = Collections.unmodifiableSet(EnumSet.of(AGENCY_ADMIN, INVESTIGATOR));

	/**
	 * The roles that handle the agency's mail (screen it, print it); not investigators or
	 * visitation officers.
	 */
	public static final Set<Role> MAILROOM = Collections.unmodifiableSet(EnumSet.of(AGENCY_ADMIN, MAILROOM_REVIEWER));

	/**
	 * The roles that may read what families and inmates write: the mailroom and
	 * investigators; not visitation officers.
	 */
	public static final Set<Role> MAIL_READERS = Collections
		.unmodifiableSet(EnumSet.of(AGENCY_ADMIN, MAILROOM_REVIEWER, INVESTIGATOR));

}
