package org.homeward.accounts.internal;

import org.homeward.accounts.SealedSecrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.security.crypto.encrypt.AesGcmBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets Homeward has to read back (unlike passwords, which are hashed):
 * AES-256-GCM with a key derived from {@code homeward.accounts.secret-key} and a random
 * IV per secret, so a copy of the database alone reveals none of them and a tampered
 * value fails to open. Sealed values carry a prefix; values stored before encryption came
 * in open as they are, so that they can be sealed when next written.
 */
@Component
class SecretBox implements SealedSecrets {

	/** The prefix of a sealed value; the version of the scheme, should it ever change. */
	static final String PREFIX = "aes-gcm:";

	/** At least this many characters of key: a long random string, not a word. */
	static final int MIN_KEY_LENGTH = 32;

	/**
	 * PBKDF2's salt; fixed, as the key it is used with is random and long (hex of
	 * "homeward-secret-box").
	 */
	private static final String SALT = "686f6d65776172642d7365637265742d626f78";

	private final BytesEncryptor encryptor;

	SecretBox(AccountsSettings settings) {
		String key = settings.secretKey();
		if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
			throw new IllegalStateException(
					"homeward.accounts.secret-key (environment HOMEWARD_SECRET_KEY) must be at least " + MIN_KEY_LENGTH
							+ " random characters: it encrypts the staff's second-factor secrets");
		}
		this.encryptor = AesGcmBytesEncryptor.withPassword(key.strip(), SALT).build();
	}

	@Override
	public String seal(String secret) {
		return PREFIX + Base64.getEncoder().encodeToString(encryptor.encrypt(secret.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The secret of a stored value.
	 * @throws IllegalStateException when it was sealed with another key or altered
	 */
	@Override
	public String open(String stored) {
		if (!isSealed(stored)) {
			return stored;
		}
		try {
			return new String(encryptor.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length()))),
					StandardCharsets.UTF_8);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("a stored secret does not open with this secret key", ex);
		}
	}

	static boolean isSealed(String stored) {
		return stored.startsWith(PREFIX);
	}

}
