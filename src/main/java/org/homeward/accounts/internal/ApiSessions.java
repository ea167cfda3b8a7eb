package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Duration;
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
 * Bearer tokens for the API. A token is 256 random bits shown once; the database keeps
 * only its SHA-256. It dies after the idle timeout and at sign-out.
 */
@Service
public class ApiSessions {

	/** A new token and when it will die if not used. */
	public record Issued(String token, Instant expiresAt, long idleTimeoutSeconds) {
	}

	/**
	 * Last-seen times are written at most this often (or a quarter of the idle timeout,
	 * if shorter), so that every request does not write.
	 */
	private static final Duration TOUCH_EVERY = Duration.ofSeconds(15);

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

	/**
	 * The caller of a live token, keeping it alive; empty for unknown, ended or idle
	 * tokens and closed accounts. One query on every API request (and a write at most
	 * every 15 seconds, see {@link #dueForTouch}).
	 */
	public Optional<Caller> resume(String token) {
		String hash = SecretTokens.hash(token);
		Instant now = clock.instant();
		Optional<Session> session = jdbc.sql("""
				select s.last_seen_at, a.id, a.kind, a.display_name, a.agency_id, a.facility_id
				  from accounts.api_session s join accounts.account a on a.id = s.account_id
				 where s.token_hash = :hash and s.ended_at is null and a.status = 'ACTIVE'""")
			.param("hash", hash)
			.query((rs, n) -> new Session(rs.getObject("last_seen_at", OffsetDateTime.class).toInstant(),
					rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("display_name"),
					rs.getObject("agency_id", UUID.class), rs.getObject("facility_id", UUID.class)))
			.optional()
			.filter(s -> s.lastSeen().plus(settings.idleTimeout()).isAfter(now));
		session.filter(s -> dueForTouch(s.lastSeen(), now, settings.idleTimeout()))
			.ifPresent(s -> jdbc.sql("update accounts.api_session set last_seen_at = :now where token_hash = :hash")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("hash", hash)
				.update());
		return session.map(s -> accounts.caller(s.accountId(), s.kind(), s.name(), s.agency(), s.facility()));
	}

	/**
	 * Whether a session last seen then should have its last-seen time written now: once
	 * 15 seconds have passed, or a quarter of the idle timeout if that is shorter, so
	 * that a session in use never dies of idleness.
	 */
	static boolean dueForTouch(Instant lastSeen, Instant now, Duration idleTimeout) {
		Duration every = idleTimeout.dividedBy(4).compareTo(TOUCH_EVERY) < 0 ? idleTimeout.dividedBy(4) : TOUCH_EVERY;
		return !lastSeen.plus(every).isAfter(now);
	}

	@Transactional
	public void end(String token) {
		jdbc.sql("update accounts.api_session set ended_at = :now where token_hash = :hash and ended_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("hash", SecretTokens.hash(token))
			.update();
	}

	private record Session(Instant lastSeen, UUID accountId, String kind, String name, UUID agency, UUID facility) {
	}

}
