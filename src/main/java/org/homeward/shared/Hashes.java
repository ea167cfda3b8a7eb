package org.homeward.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, for fingerprints of requests, tokens and audit entries (never for passwords). */
public final class Hashes {

	private Hashes() {
	}

	/** The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
	public static String sha256Hex(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
