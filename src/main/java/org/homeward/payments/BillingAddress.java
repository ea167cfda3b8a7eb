package org.homeward.payments;

import org.jspecify.annotations.Nullable;

/** The card's billing address, in the US or abroad (country: ISO 3166 two letters). */
public record BillingAddress(String line1, @Nullable String line2, String city, @Nullable String region,
		@Nullable String postalCode, String country) {
}
