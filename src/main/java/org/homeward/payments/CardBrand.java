package org.homeward.payments;

/** The card networks Homeward accepts (credit, debit and prepaid cards carrying them). */
public enum CardBrand {

	VISA, MASTERCARD, DISCOVER

}
