package org.homeward.payments;

/**
 * A card as typed by its holder. The number and CVC go to the gateway and are never stored or logged.
 */
public record CardDetails(String number, int expiryMonth, int expiryYear, String cvc, String cardholderName,
		BillingAddress billingAddress) {

	@Override
	public String toString() {
		return "CardDetails[number=****, cvc=***, expiry=" + expiryMonth + "/" + expiryYear + "]";
	}

}
