package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. A token is 256 random bits shown once; the database keeps only its SHA-256. It dies
 * after the idle timeout and at sign-out.
 */
@Service
public class ApiSessions {

	/** A new token and when it will die if not used. */
	public record Issued(String token, Instant expiresAt, long idleTimeoutSeconds) {
	}

	/** Last-seen times are written at most this often, so that every request does not write. */
	private static final long TOUCH_EVERY_SECONDS = 15;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AccountsSettings settings;

	private final Clock clock;

	ApiSessions(JdbcClient jdbc, Accounts accounts, AccountsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public Issued issue(Caller caller) {
		String token = SecretTokens.next();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into accounts.api_session (token_hash, account_id, created_at, last_seen_at)
				values (:hash, :account, :now, :now)""")
			.param("hash", SecretTokens.hash(token))
			.param("account", caller.accountId())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return new Issued(token, now.plus(settings.idleTimeout()), settings.idleTimeout().toSeconds());
	}

	/** The caller of a live token, keeping it alive; empty for unknown, ended or idle tokens. */
	@Transactional
	public Optional<Caller> resume(String token) {
		String hash = SecretTokens.hash(token);
		Instant now = clock.instant();
		Optional<Session> session = jdbc.sql("""
				select account_id, last_seen_at from accounts.api_session where token_hash = :hash and ended_at is null""")
			.param("hash", hash)
			.query((rs, n) -> new Session(rs.getObject("account_id", UUID.class),
					rs.getObject("last_seen_at", OffsetDateTime.class).toInstant()))
			.optional()
			.filter(s -> s.lastSeen().plus(settings.idleTimeout()).isAfter(now));
		session.filter(s -> s.lastSeen().plusSeconds(TOUCH_EVERY_SECONDS).isBefore(now))
			.ifPresent(s -> jdbc.sql("update accounts.api_session set last_seen_at = :now where token_hash = :hash")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("hash", hash)
				.update());
		return session.flatMap(s -> accounts.activeById(s.accountId()));
	}

	@Transactional
	public void end(String token) {
		jdbc.sql("update accounts.api_session set ended_at = :now where token_hash = :hash and ended_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("hash", SecretTokens.hash(token))
			.update();
	}

	private record Session(UUID accountId, Instant lastSeen) {
	}

}
