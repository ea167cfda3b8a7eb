package org.homeward.payments;

/**
 * A card as typed by its holder. The number and CVC go to the gateway and are never
 * stored or logged.
 */
public record CardDetails(String number, int expiryMonth, int expiryYear, String cvc, String cardholderName,
		BillingAddress billingAddress) {

	public CardDetails {
		expiryYear = fullYear(expiryYear);
	}

	/** A year as printed on a card, "28", is 2028. */
	public static int fullYear(int year) {
		return year >= 0 && year < 100 ? 2000 + year : year;
	}

	@Override
	public String toString() {
		return "CardDetails[number=****, cvc=***, expiry=" + expiryMonth + "/" + expiryYear + "]";
	}

}
