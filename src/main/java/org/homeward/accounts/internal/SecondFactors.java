package org.homeward.accounts.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.homeward.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * The second factor of staff and operators: time-based one-time codes (RFC 6238, 30 s, 6
 * digits) from any authenticator app. A code is accepted one step early or late, and
 * never twice. The secrets are stored encrypted ({@link SecretBox}); one stored before
 * that is encrypted at its next use.
 */
@Service
public class SecondFactors {

	/**
	 * A secret offered for enrollment: its Base32 text and a QR code (PNG data URI) of
	 * its otpauth link.
	 */
	public record Enrollment(String secret, String qrCode) {
	}

	private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final AuditTrail audit;

	private final Clock clock;

	SecondFactors(JdbcClient jdbc, SecretBox box, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.audit = audit;
		this.clock = clock;
	}

	public boolean enrolled(UUID account) {
		return secret(account).isPresent();
	}

	/**
	 * A new secret to show the staff member, not stored until they prove it works with
	 * {@link #enroll}.
	 */
	public Enrollment offer(String accountLabel) {
		byte[] key = new byte[20];
		random.nextBytes(key);
		String secret = new Base32().encodeToString(key).replace("=", "");
		String uri = "otpauth://totp/Homeward:" + URLEncoder.encode(accountLabel, StandardCharsets.UTF_8) + "?secret="
				+ secret + "&issuer=Homeward";
		return new Enrollment(secret, qrCode(uri));
	}

	/** Stores the secret if the code matches it. */
	@Transactional
	public boolean enroll(Caller caller, String secret, String code) {
		Optional<Long> step = matchingStep(secret, code, 0);
		step.ifPresent(s -> {
			jdbc.sql("delete from accounts.second_factor where account_id = :id")
				.param("id", caller.accountId())
				.update();
			jdbc.sql("""
					insert into accounts.second_factor (account_id, secret, enrolled_at, last_step)
					values (:id, :secret, :now, :step)""")
				.param("id", caller.accountId())
				.param("secret", box.seal(secret))
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.param("step", s)
				.update();
			audit.record(caller.accountId(), caller.displayName(), caller.agency(), "second-factor.enrolled", null,
					null);
		});
		return step.isPresent();
	}

	/**
	 * Whether the code is right for the account's enrolled secret, and not used before.
	 */
	@Transactional
	public boolean verify(UUID account, String code) {
		Optional<Stored> stored = jdbc
			.sql("select secret, last_step from accounts.second_factor where account_id = :id for update")
			.param("id", account)
			.query((rs, n) -> new Stored(rs.getString("secret"), rs.getLong("last_step")))
			.optional();
		Optional<Long> step = stored.flatMap(s -> matchingStep(box.open(s.secret()), code, s.lastStep()));
		step.ifPresent(s -> jdbc
			.sql("update accounts.second_factor set last_step = :step, secret = :secret where account_id = :id")
			.param("step", s)
			.param("secret",
					SecretBox.isSealed(stored.get().secret()) ? stored.get().secret() : box.seal(stored.get().secret()))
			.param("id", account)
			.update());
		return step.isPresent();
	}

	/**
	 * The code an authenticator shows now for this secret (for the tests and for
	 * support).
	 */
	String codeFor(String secret, Instant at) {
		try {
			return totp.generateOneTimePasswordString(key(secret), at);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Optional<Long> matchingStep(String secret, String code, long lastUsed) {
		if (code == null || !code.trim().matches("\\d{6}")) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Duration step = totp.getTimeStep();
		for (int offset = -1; offset <= 1; offset++) {
			Instant at = now.plus(step.multipliedBy(offset));
			long number = at.getEpochSecond() / step.getSeconds();
			if (number > lastUsed && codeFor(secret, at).equals(code.trim())) {
				return Optional.of(number);
			}
		}
		return Optional.empty();
	}

	private Optional<String> secret(UUID account) {
		return jdbc.sql("select secret from accounts.second_factor where account_id = :id")
			.param("id", account)
			.query(String.class)
			.optional();
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
	}

	private static String qrCode(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 220, 220);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("cannot draw the QR code", ex);
		}
	}

	private record Stored(String secret, long lastStep) {
	}

}
