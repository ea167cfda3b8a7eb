package org.homeward.contacts;

/** The two sides of a contact. */
public enum Side {

	FAMILY, INMATE

}
