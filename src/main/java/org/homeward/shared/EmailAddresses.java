package org.homeward.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What Homeward takes as an e-mail address, everywhere one is typed (registration, a new
 * address, staff, an inmate's invitation, a contact import): at most 254 characters, a
 * local part of at most 64, a domain with a dot. Whether it reaches anyone is for the
 * confirmation mail to show.
 */
public final class EmailAddresses {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private EmailAddresses() {
	}

	public static boolean valid(@Nullable String address) {
		return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
	}

}
