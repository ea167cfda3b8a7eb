package org.homeward.accounts;

/**
 * Encryption for the secrets Homeward must read back (a staff member's second factor, a
 * partner's signing secret), with the instance's secret key: a copy of the database alone
 * reveals none of them.
 */
public interface SealedSecrets {

	/** The secret, encrypted for storage. */
	String seal(String secret);

	/**
	 * The secret of a stored value.
	 * @throws IllegalStateException when it was sealed with another key or altered
	 */
	String open(String stored);

}
