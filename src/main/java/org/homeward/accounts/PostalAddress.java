package org.homeward.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A postal address in the US or abroad.
 *
 * @param region the state for US addresses (two letters), a province or county elsewhere
 * @param country ISO 3166 two-letter code
 */
public record PostalAddress(String line1, @Nullable String line2, String city, @Nullable String region,
		@Nullable String postalCode, String country) {
}
