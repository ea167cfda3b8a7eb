package org.homeward.directory;

/**
 * Where an inmate stands on the agency's roster. Released inmates are never offered to
 * families.
 */
public enum InmateStatus {

	ACTIVE, TRANSFERRED, RELEASED

}
