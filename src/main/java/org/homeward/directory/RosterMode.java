package org.homeward.directory;

/**
 * How a roster file relates to the agency's population.
 */
public enum RosterMode {

	/**
	 * The file lists everyone in custody: inmates missing from it are marked released.
	 */
	FULL,

	/** The file lists only changes: inmates missing from it are left as they are. */
	PARTIAL

}
