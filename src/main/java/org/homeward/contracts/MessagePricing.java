package org.homeward.contracts;

/** Who pays for messages at an agency. */
public enum MessagePricing {

	/** The family, with stamps bought by card (JPay-style); the inmate with their own. */
	FAMILY_STAMPS,
	/**
	 * The inmate, by the minute at the terminal and by the printed page, from their
	 * balance (TRULINCS-style): families send and read for free.
	 */
	INMATE_TIME,
	/** Nobody (the agency pays, as with Ameelio). */
	FREE;

	/** Whether messages cost stamps. */
	public boolean stamps() {
		return this == FAMILY_STAMPS;
	}

}
