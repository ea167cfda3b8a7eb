package org.homeward.payments;

/** The card networks Homeward accepts (credit, debit and prepaid cards carrying them). */
public enum CardBrand {

	VISA("Visa"), MASTERCARD("Mastercard"), DISCOVER("Discover");

	private final String displayName;

	CardBrand(String displayName) {
		this.displayName = displayName;
	}

	/** The network's name as it writes it, e.g. "Mastercard". */
	public String displayName() {
		return displayName;
	}

}
