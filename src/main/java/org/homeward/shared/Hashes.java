package org.homeward.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, for fingerprints of requests, tokens and audit entries (never for passwords).
 */
public final class Hashes {

	private Hashes() {
	}

	/** The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
	public static String sha256Hex(String text) {
		return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The SHA-256 of the bytes, as 64 lower-case hex digits (e.g. to prove a file was not
	 * changed).
	 */
	public static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

	/** A fresh SHA-256 digest, e.g. to hash a file as it is written. */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
