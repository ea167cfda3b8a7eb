package org.homeward.contracts;

/** What an agency can buy from Homeward. */
public enum Service {

	MESSAGING, DEPOSITS, VIDEO_VISITS, MEDIA, TABLETS, SUPERVISION_PAYMENTS

}
