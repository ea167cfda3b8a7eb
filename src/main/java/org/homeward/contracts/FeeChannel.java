package org.homeward.contracts;

/** Where a deposit is made, since agencies price each differently. */
public enum FeeChannel {

	ONLINE, PHONE, LOBBY

}
