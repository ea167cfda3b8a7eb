package org.homeward.contracts;

/**
 * Which screened messages wait for a person: all of them, or only those a rule flagged.
 */
public enum ScreeningPolicy {

	HOLD_ALL, HOLD_FLAGGED

}
