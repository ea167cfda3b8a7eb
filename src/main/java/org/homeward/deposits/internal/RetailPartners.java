package org.homeward.deposits.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.homeward.accounts.SealedSecrets;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retail networks that take cash for Homeward, and the check of their requests: each
 * is signed with HMAC-SHA256 over {@code "<timestamp>.<raw body>"} with the partner's
 * secret (kept encrypted: it must be read back to check a signature), the timestamp
 * within {@link #TOLERANCE} of now, and a signature accepted once (a captured request
 * sent again is refused; a retry signs again with a new timestamp, and the transaction id
 * makes it answer what the first did).
 */
@Component
public class RetailPartners {

	/** How far a request's timestamp may be from now, either way. */
	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	/** A request whose signature does not hold: answered 401, nothing recorded. */
	public static class SignatureRefused extends RuntimeException {

		private final String code;

		SignatureRefused(String code, String message) {
			super(message);
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

	private final JdbcClient jdbc;

	private final SealedSecrets secrets;

	private final Clock clock;

	RetailPartners(JdbcClient jdbc, SealedSecrets secrets, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** Registers a partner with its signing secret, or leaves one already registered. */
	@Transactional
	public void register(String code, String name, String secret) {
		jdbc.sql(
				"""
						insert into deposits.retail_partner (code, name, secret_sealed, active, created_at)
						select :code, :name, :secret, true, :now where not exists (select 1 from deposits.retail_partner where code = :code)""")
			.param("code", code)
			.param("name", name)
			.param("secret", secrets.seal(secret))
			.param("now", RetailRecords.utc(clock.instant()))
			.update();
	}

	/**
	 * Checks a partner's request and notes its signature as used.
	 * @param timestamp the Unix seconds the partner signed at, as sent
	 * @throws SignatureRefused for an unknown partner, a timestamp too far from now, a
	 * wrong signature, or one already used
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void verify(String partner, String timestamp, String signature, byte[] body) {
		String sealed = activeSecret(partner)
			.orElseThrow(() -> new SignatureRefused("unknown-partner", "No active partner has this code."));
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			throw new SignatureRefused("bad-timestamp", "X-Homeward-Timestamp must be Unix seconds.");
		}
		Instant signedAt = Instant.ofEpochSecond(seconds);
		Instant now = clock.instant();
		if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
			throw new SignatureRefused("stale-timestamp",
					"The request was signed more than 5 minutes from now: sign it again with the current time.");
		}
		byte[] expected = sign(secrets.open(sealed), timestamp.trim(), body);
		byte[] given;
		try {
			given = HexFormat.of().parseHex(signature.trim().toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new SignatureRefused("bad-signature", "The signature does not match the request.");
		}
		if (!MessageDigest.isEqual(expected, given)) {
			throw new SignatureRefused("bad-signature", "The signature does not match the request.");
		}
		jdbc.sql("delete from deposits.partner_signature where seen_at < :before")
			.param("before", RetailRecords.utc(now.minus(TOLERANCE.multipliedBy(2))))
			.update();
		try {
			jdbc.sql("insert into deposits.partner_signature (partner_code, signature, seen_at) values (:p, :s, :now)")
				.param("p", partner)
				.param("s", HexFormat.of().formatHex(given))
				.param("now", RetailRecords.utc(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new SignatureRefused("replayed",
					"This signed request was received already: sign a retry again with a new timestamp.");
		}
	}

	/** The hex HMAC-SHA256 of {@code "<timestamp>.<body>"}, as a partner computes it. */
	public static String signature(String secret, String timestamp, byte[] body) {
		return HexFormat.of().formatHex(sign(secret, timestamp, body));
	}

	private static byte[] sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private Optional<String> activeSecret(String partner) {
		return jdbc.sql("select secret_sealed from deposits.retail_partner where code = :code and active")
			.param("code", partner)
			.query(String.class)
			.optional();
	}

}
