package org.homeward.payments;

import java.util.UUID;

/** A saved card as its owner sees it. */
public record PaymentMethodView(UUID id, CardBrand brand, String last4, int expiryMonth, int expiryYear,
		String cardholderName, BillingAddress billingAddress) {
}
