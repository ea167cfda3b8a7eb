package org.homeward.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password rules families know from the field: 8 to 16 characters with upper- and lower-case letters, a
 * digit and one of {@code ! @ # $ % ^ & *}. Every limit is configuration.
 */
@ConfigurationProperties("homeward.accounts.password")
record PasswordPolicy(@DefaultValue("8") int minLength, @DefaultValue("16") int maxLength,
		@DefaultValue("!@#$%^&*") String specials) {

	/** Every rule the password breaks, in words; empty when it is acceptable. */
	List<String> violations(String password) {
		List<String> broken = new ArrayList<>();
		if (password.length() < minLength || password.length() > maxLength) {
			broken.add("must be %d to %d characters long".formatted(minLength, maxLength));
		}
		if (password.chars().noneMatch(Character::isUpperCase)) {
			broken.add("must contain an upper-case letter");
		}
		if (password.chars().noneMatch(Character::isLowerCase)) {
			broken.add("must contain a lower-case letter");
		}
		if (password.chars().noneMatch(Character::isDigit)) {
			broken.add("must contain a digit");
		}
		if (password.chars().noneMatch(c -> specials.indexOf(c) >= 0)) {
			broken.add("must contain one of " + String.join(" ", specials.split("")));
		}
		if (password.chars().anyMatch(Character::isWhitespace)) {
			broken.add("must not contain spaces");
		}
		return broken;
	}

}
