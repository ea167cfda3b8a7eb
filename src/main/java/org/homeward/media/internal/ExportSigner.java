package org.homeward.media.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.homeward.shared.Hashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs exports with Ed25519, so that a next vendor (or anyone) can check that an export
 * is Homeward's and unchanged: the key is made once and kept, and its public half is
 * published ({@code GET /api/v1/media/export-keys}) under an id the export names.
 */
@Component
public class ExportSigner {

	/** A public key, as published: its id and its X.509 (SubjectPublicKeyInfo) form. */
	public record PublicKeyInfo(String id, String algorithm, String publicKey) {
	}

	/** A signature of some bytes, and the key that made it. */
	public record Signed(String keyId, String algorithm, String signature) {
	}

	private record Key(String id, PrivateKey privateKey, PublicKey publicKey) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Key key;

	ExportSigner(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Ed25519 over the document's exact bytes: for documents of a person's size. */
	public Signed sign(byte[] document) {
		return sign(document, "Ed25519");
	}

	/**
	 * Ed25519 over the 32 bytes of a document's SHA-256 ({@code Ed25519-SHA256}): for an
	 * agency's document, written as it is read and too large to hold in memory (Ed25519
	 * itself reads its message twice).
	 */
	public Signed signDigest(byte[] sha256) {
		if (sha256.length != 32) {
			throw new IllegalArgumentException("a SHA-256 has 32 bytes");
		}
		return sign(sha256, "Ed25519-SHA256");
	}

	private Signed sign(byte[] message, String algorithm) {
		try {
			Key current = key();
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(current.privateKey());
			signature.update(message);
			return new Signed(current.id(), algorithm, Base64.getEncoder().encodeToString(signature.sign()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is part of every Java since 15", ex);
		}
	}

	/** Every key that ever signed an export. */
	public List<PublicKeyInfo> publicKeys() {
		key();
		return jdbc.sql("select id, public_key from media.signing_key order by created_at")
			.query((rs, n) -> new PublicKeyInfo(rs.getString("id"), "Ed25519",
					Base64.getEncoder().encodeToString(rs.getBytes("public_key"))))
			.list();
	}

	private Key key() {
		Key current = key;
		if (current == null) {
			synchronized (this) {
				current = key;
				if (current == null) {
					current = loadOrMake();
					key = current;
				}
			}
		}
		return current;
	}

	private Key loadOrMake() {
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			List<Key> kept = jdbc
				.sql("select id, private_key, public_key from media.signing_key order by created_at desc")
				.query((rs, n) -> {
					try {
						return new Key(rs.getString("id"),
								factory.generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes("private_key"))),
								factory.generatePublic(new X509EncodedKeySpec(rs.getBytes("public_key"))));
					}
					catch (GeneralSecurityException ex) {
						throw new IllegalStateException("a kept signing key cannot be read", ex);
					}
				})
				.list();
			if (!kept.isEmpty()) {
				return kept.get(0);
			}
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			byte[] publicKey = pair.getPublic().getEncoded();
			String id = Hashes.sha256Hex(publicKey).substring(0, 16);
			// two nodes making one at once: each keeps its own, both are published
			jdbc.sql("""
					insert into media.signing_key (id, private_key, public_key, created_at)
					values (:id, :private, :public, :at)""")
				.param("id", id)
				.param("private", pair.getPrivate().getEncoded())
				.param("public", publicKey)
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return new Key(id, pair.getPrivate(), pair.getPublic());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is part of every Java since 15", ex);
		}
	}

}
