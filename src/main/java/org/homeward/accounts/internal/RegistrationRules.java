package org.homeward.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.homeward.accounts.PostalAddress;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
import org.homeward.shared.EmailAddresses;
import org.homeward.shared.InvalidInputException.FieldError;

/**
 * The rules of the registration form: e-mail, names, postal address (US or abroad),
 * phones, terms, the inmate.
 */
final class RegistrationRules {

	private static final Pattern US_ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

	private final Directory directory;

	RegistrationRules(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Every rule of the form the registration breaks (the password is checked by the
	 * policy); fills {@code phones} with the valid numbers in E.164.
	 */
	List<FieldError> check(Registration form, List<String> phones) {
		List<FieldError> errors = new ArrayList<>();
		if (form.email() == null || !EmailAddresses.valid(form.email().trim())) {
			errors.add(FieldError.of("email", "email", "must be an e-mail address"));
		}
		requireName(errors, "firstName", form.firstName());
		requireName(errors, "lastName", form.lastName());
		PostalAddress address = form.address();
		String country = address.country() == null ? "" : address.country().trim().toUpperCase(Locale.ROOT);
		if (!Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(country)) {
			errors.add(FieldError.of("address.country", "country", "must be a two-letter country code"));
		}
		requireText(errors, "address.line1", address.line1(), 200);
		requireText(errors, "address.city", address.city(), 100);
		if (country.equals("US")) {
			if (address.region() == null || !address.region().trim().matches("[A-Za-z]{2}")) {
				errors.add(FieldError.of("address.region", "us-state", "must be the two-letter state"));
			}
			if (address.postalCode() == null || !US_ZIP.matcher(address.postalCode().trim()).matches()) {
				errors.add(FieldError.of("address.postalCode", "zip", "must be a ZIP code (12345 or 12345-6789)"));
			}
		}
		PhoneNumbers.e164(form.phones(), country.isEmpty() ? "US" : country, phones, errors);
		if (form.phones().isEmpty()) {
			errors.add(FieldError.of("phones", "phones-required", "at least one phone number is required"));
		}
		if (!form.acceptTerms()) {
			errors.add(FieldError.of("acceptTerms", "terms", "you must read and agree to the terms of service"));
		}
		if (form.inmateId() != null
				&& directory.inmate(form.inmateId()).filter(i -> i.status() == InmateStatus.ACTIVE).isEmpty()) {
			errors.add(FieldError.of("inmateId", "inmate", "is not an inmate in custody"));
		}
		return errors;
	}

	private static void requireName(List<FieldError> errors, String field, String value) {
		requireText(errors, field, value, 100);
	}

	private static void requireText(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(FieldError.of(field, "required", "is required"));
		}
		else if (value.strip().length() > max) {
			errors.add(FieldError.of(field, "too-long", "must be at most " + max + " characters", String.valueOf(max)));
		}
	}

}
