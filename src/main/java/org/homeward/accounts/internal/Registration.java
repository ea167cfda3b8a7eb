package org.homeward.accounts.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.PostalAddress;
import org.jspecify.annotations.Nullable;

/** What a family member gives to open an account. */
public record Registration(String email, String password, String confirmPassword, String firstName, String lastName,
		List<String> phones, PostalAddress address, boolean acceptTerms, @Nullable UUID inmateId, Locale locale) {
}
