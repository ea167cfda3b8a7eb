package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring tokens sent by e-mail (password resets, e-mail confirmations).
 * Only their SHA-256 is stored; using one marks it used, so a link works once.
 */
@Component
class EmailTokens {

	enum Purpose {

		PASSWORD_RESET, EMAIL_CHANGE

	}

	/** A token that was used: whose it was and, for an e-mail change, the new address. */
	record Redeemed(UUID account, @Nullable String newEmail) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	EmailTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String issue(UUID account, Purpose purpose, @Nullable String newEmail, Duration validity) {
		String token = SecretTokens.next();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into accounts.email_token (token_hash, account_id, purpose, new_email, created_at, expires_at)
				values (:hash, :account, :purpose, :email, :now, :expires)""")
			.param("hash", SecretTokens.hash(token))
			.param("account", account)
			.param("purpose", purpose.name())
			.param("email", newEmail)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", now.plus(validity).atOffset(ZoneOffset.UTC))
			.update();
		return token;
	}

	/** Uses the token if it is of this purpose, unexpired and unused; empty otherwise. */
	Optional<Redeemed> redeem(String token, Purpose purpose) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		Optional<Redeemed> redeemed = jdbc
			.sql("""
					select account_id, new_email from accounts.email_token
					 where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now for update""")
			.param("hash", SecretTokens.hash(token))
			.param("purpose", purpose.name())
			.param("now", now)
			.query((rs, n) -> new Redeemed(rs.getObject("account_id", UUID.class), rs.getString("new_email")))
			.optional();
		redeemed.ifPresent(r -> jdbc.sql("update accounts.email_token set used_at = :now where token_hash = :hash")
			.param("now", now)
			.param("hash", SecretTokens.hash(token))
			.update());
		return redeemed;
	}

	/**
	 * Whether the token is currently usable, without using it (to show the form behind a
	 * link).
	 */
	boolean usable(String token, Purpose purpose) {
		return token.length() <= 100 && jdbc.sql("""
				select count(*) from accounts.email_token
				 where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", SecretTokens.hash(token))
			.param("purpose", purpose.name())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single() > 0;
	}

}
