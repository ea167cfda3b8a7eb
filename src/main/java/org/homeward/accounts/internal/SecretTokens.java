package org.homeward.accounts.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.homeward.shared.Hashes;

/**
 * Secrets handed to people (session tokens, e-mailed links): 256 random bits, URL-safe.
 * Only their SHA-256 is ever stored.
 */
final class SecretTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The SHA-256 of the text as 64 hex digits: what is stored of a token (or of an
	 * e-mail address, for throttling).
	 */
	static String hash(String text) {
		return Hashes.sha256Hex(text);
	}

}
