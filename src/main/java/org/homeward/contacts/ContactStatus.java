package org.homeward.contacts;

/**
 * Where a contact stands. Only an ACTIVE contact can be written to, in either direction.
 */
public enum ContactStatus {

	ACTIVE, PENDING_APPROVAL, BLOCKED, DECLINED

}
