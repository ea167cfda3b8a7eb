package org.homeward.media.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed links to an entitled file: the signature binds the person, the item
 * and the link's expiry (HMAC-SHA-256 under a secret of the platform), so a link altered,
 * expired, or used by another inmate is refused. The download itself checks the
 * entitlement again.
 */
@Component
public class DownloadLinks {

	private static final Logger log = LoggerFactory.getLogger(DownloadLinks.class);

	/** A link and when it stops working. */
	public record Link(String path, Instant expiresAt) {
	}

	private final byte[] secret;

	private final Duration lifetime;

	private final Clock clock;

	DownloadLinks(@Value("${homeward.media.link-secret:}") String secret,
			@Value("${homeward.media.link-lifetime:PT15M}") Duration lifetime, Clock clock) {
		if (secret.isBlank()) {
			// links made by this process only: several nodes set one secret for all
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.secret = random;
			log.info("homeward.media.link-secret is not set: download links work on this node only");
		}
		else {
			this.secret = secret.getBytes(StandardCharsets.UTF_8);
		}
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * A link to the item's file for the person, under the base path of the caller's
	 * channel ({@code /api/v1/kiosk/media/files} or {@code /kiosk/media/files}).
	 */
	public Link link(String base, UUID inmate, UUID item) {
		long expires = clock.instant().plus(lifetime).getEpochSecond();
		return new Link(base + "/" + item + "?expires=" + expires + "&signature=" + sign(inmate, item, expires),
				Instant.ofEpochSecond(expires));
	}

	/**
	 * Checks a link presented by the person.
	 * @throws AccessDeniedException when the link was altered, made for someone else, or
	 * has expired
	 */
	public void check(UUID inmate, UUID item, long expires, String signature) {
		byte[] expected = sign(inmate, item, expires).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
			throw new AccessDeniedException("This download link is not valid for you.");
		}
		if (clock.instant().getEpochSecond() >= expires) {
			throw new AccessDeniedException("This download link has expired: ask for a new one.");
		}
	}

	private String sign(UUID inmate, UUID item, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] signature = mac.doFinal((inmate + "|" + item + "|" + expires).getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(signature);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java", ex);
		}
	}

}
