package org.homeward.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.homeward.shared.InvalidInputException.FieldError;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password rules families know from the field: 8 to 16 characters with upper- and
 * lower-case letters, a digit and one of {@code ! @ # $ % ^ & *}. Every limit is
 * configuration.
 */
@ConfigurationProperties("homeward.accounts.password")
record PasswordPolicy(@DefaultValue("8") int minLength, @DefaultValue("16") int maxLength,
		@DefaultValue("!@#$%^&*") String specials) {

	/**
	 * Every rule the password breaks, as errors of the field; empty when it is
	 * acceptable.
	 */
	List<FieldError> violations(String field, String password) {
		List<FieldError> broken = new ArrayList<>();
		if (password.length() < minLength || password.length() > maxLength) {
			broken.add(FieldError.of(field, "password-length",
					"must be %d to %d characters long".formatted(minLength, maxLength), String.valueOf(minLength),
					String.valueOf(maxLength)));
		}
		if (password.chars().noneMatch(Character::isUpperCase)) {
			broken.add(FieldError.of(field, "password-upper", "must contain an upper-case letter"));
		}
		if (password.chars().noneMatch(Character::isLowerCase)) {
			broken.add(FieldError.of(field, "password-lower", "must contain a lower-case letter"));
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			broken.add(FieldError.of(field, "password-digit", "must contain a digit"));
		}
		if (password.chars().noneMatch(c -> specials.indexOf(c) >= 0)) {
			String listed = String.join(" ", specials.split(""));
			broken.add(FieldError.of(field, "password-special", "must contain one of " + listed, listed));
		}
		if (password.chars().anyMatch(Character::isWhitespace)) {
			broken.add(FieldError.of(field, "password-spaces", "must not contain spaces"));
		}
		return broken;
	}

}
