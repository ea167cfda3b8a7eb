package org.homeward.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.homeward.shared.InvalidInputException.FieldError;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as people type them, checked and stored in E.164 with Google's
 * libphonenumber.
 */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * Each typed number in E.164 into {@code phones}, and an error naming
	 * {@code phones[i]} into {@code errors} for each that is not a valid number.
	 */
	static void e164(List<String> typed, String region, List<String> phones, List<FieldError> errors) {
		for (int i = 0; i < typed.size(); i++) {
			int index = i;
			e164(typed.get(i), region).ifPresentOrElse(phones::add,
					() -> errors.add(FieldError.of("phones[" + index + "]", "phone", "is not a valid phone number")));
		}
	}

	/**
	 * @param region where a number without a country code is from, e.g. {@code US}
	 * @return the number in E.164, or empty when it is not a valid number
	 */
	static Optional<String> e164(String typed, String region) {
		try {
			PhoneNumber number = UTIL.parse(typed, region);
			return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
