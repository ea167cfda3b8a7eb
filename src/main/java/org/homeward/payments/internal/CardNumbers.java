package org.homeward.payments.internal;

import java.util.Optional;

import org.homeward.payments.CardBrand;

/**
 * Card numbers: digits only, the Luhn check, and the brand from the prefix and length.
 */
final class CardNumbers {

	private CardNumbers() {
	}

	static String digits(String typed) {
		return typed.replaceAll("[\\s-]", "");
	}

	static boolean passesLuhn(String digits) {
		if (!digits.matches("\\d{12,19}")) {
			return false;
		}
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	/** The brand, if the prefix and length are those of an accepted network. */
	static Optional<CardBrand> brand(String digits) {
		int length = digits.length();
		if (digits.startsWith("4") && (length == 13 || length == 16 || length == 19)) {
			return Optional.of(CardBrand.VISA);
		}
		int two = Integer.parseInt(digits.substring(0, 2));
		int four = Integer.parseInt(digits.substring(0, 4));
		if (length == 16 && (two >= 51 && two <= 55 || four >= 2221 && four <= 2720)) {
			return Optional.of(CardBrand.MASTERCARD);
		}
		int three = Integer.parseInt(digits.substring(0, 3));
		if (length >= 16 && length <= 19
				&& (digits.startsWith("6011") || digits.startsWith("65") || three >= 644 && three <= 649)) {
			return Optional.of(CardBrand.DISCOVER);
		}
		return Optional.empty();
	}

}
