package org.homeward.contacts.internal;

import java.security.SecureRandom;
import java.util.Locale;

import org.homeward.shared.Hashes;

/**
 * The identification codes of inmates' invitations: 8 letters and digits without
 * look-alikes (no 0/O, 1/I), shown as XXXX-XXXX, kept only as a hash of their letters (so
 * a code typed in lower case, or without the dash, still matches).
 */
final class InvitationCodes {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private InvitationCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** What is stored of a code, and what a code typed in is compared by. */
	static String hash(String code) {
		return Hashes.sha256Hex(code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT));
	}

}
