package org.homeward.directory;

/** What kind of government runs an agency's prisons or jails. */
public enum AgencyKind {

	STATE, FEDERAL, COUNTY

}
