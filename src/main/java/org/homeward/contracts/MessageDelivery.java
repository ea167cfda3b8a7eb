package org.homeward.contracts;

/**
 * How messages reach inmates at a facility: kiosks and tablets, or printed in the
 * mailroom.
 */
public enum MessageDelivery {

	ELECTRONIC, PRINTED

}
