package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.homeward.accounts.internal.Accounts.StoredAccount;
import org.homeward.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks an e-mail and password. Failures are counted per e-mail address, whether or not
 * an account has it, and lock the address for a while after too many: the answers never
 * reveal which addresses exist.
 */
@Service
public class SignIn {

	/**
	 * Why a sign-in was refused. {@code retryAfter} is set when the address is locked.
	 */
	public static final class Refused extends RuntimeException {

		private final Duration retryAfter;

		public Refused(Duration retryAfter) {
			super(retryAfter.isZero() ? "wrong e-mail or password" : "too many attempts");
			// whole seconds, rounded up: a client told to wait 1 s when 1.9 s remain
			// would be refused again
			this.retryAfter = Duration.ofSeconds((retryAfter.toMillis() + 999) / 1000);
		}

		public boolean locked() {
			return !retryAfter.isZero();
		}

		public Duration retryAfter() {
			return retryAfter;
		}

	}

	/**
	 * Hash of a password nobody has, checked when the address is unknown so both cases
	 * take as long.
	 */
	static final String DECOY_HASH = "{bcrypt}$2a$10$2DtJTzOYLJZLF/VQINjgJOUmhMMFYsF3PTL73oSqTM.XXgG1Jpyei";

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final AccountsSettings settings;

	private final Clock clock;

	private final AuditTrail audit;

	SignIn(Accounts accounts, PasswordEncoder passwords, JdbcClient jdbc, AccountsSettings settings, Clock clock,
			AuditTrail audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @throws Refused when the address is locked or the password does not match
	 */
	@Transactional(noRollbackFor = Refused.class, propagation = Propagation.REQUIRES_NEW)
	public Caller signIn(String email, String password) {
		String key = key(email);
		Instant now = clock.instant();
		Instant lockedUntil = lockedUntil(key);
		if (lockedUntil != null && lockedUntil.isAfter(now)) {
			audit.record(null, email, null, "sign-in.refused-locked", null, null);
			throw new Refused(Duration.between(now, lockedUntil));
		}
		Optional<StoredAccount> account = accounts.activeByEmail(email);
		boolean matches = passwords.matches(password, account.map(StoredAccount::passwordHash).orElse(DECOY_HASH));
		if (account.isPresent() && matches) {
			jdbc.sql("delete from accounts.sign_in_throttle where email_key = :key").param("key", key).update();
			Caller caller = account.get().caller();
			audit.record(caller.accountId(), email, caller.agency(), "sign-in.succeeded", null, null);
			return caller;
		}
		Duration locked = recordFailure(key, now);
		audit.record(account.map(a -> a.caller().accountId()).orElse(null), email, null,
				locked.isZero() ? "sign-in.failed" : "sign-in.locked-out", null, null);
		throw new Refused(locked);
	}

	/**
	 * Checks the current password given to change it, counting a wrong one against the
	 * address as a failed sign-in, so that a stolen session cannot be used to guess the
	 * password.
	 * @throws Refused when the address is locked (a wrong password that locks it answers
	 * false first)
	 */
	@Transactional(noRollbackFor = Refused.class, propagation = Propagation.REQUIRES_NEW)
	public boolean currentPasswordMatches(Caller caller, String email, String password, String hash) {
		String key = key(email);
		Instant now = clock.instant();
		Instant lockedUntil = lockedUntil(key);
		if (lockedUntil != null && lockedUntil.isAfter(now)) {
			audit.record(caller.accountId(), email, caller.agency(), "password-change.refused-locked", null, null);
			throw new Refused(Duration.between(now, lockedUntil));
		}
		if (passwords.matches(password, hash)) {
			jdbc.sql("delete from accounts.sign_in_throttle where email_key = :key").param("key", key).update();
			return true;
		}
		Duration locked = recordFailure(key, now);
		audit.record(caller.accountId(), email, caller.agency(),
				locked.isZero() ? "password-change.wrong-current" : "password-change.locked-out", null, null);
		return false;
	}

	/**
	 * Counts a wrong second-factor code like a wrong password, so that codes cannot be
	 * guessed either.
	 * @throws Refused always: locked once there were too many failures
	 */
	@Transactional(noRollbackFor = Refused.class, propagation = Propagation.REQUIRES_NEW)
	public void refuseSecondFactor(Caller caller, String email) {
		Duration locked = recordFailure(key(email), clock.instant());
		audit.record(caller.accountId(), email, caller.agency(), "second-factor.failed", null, null);
		throw new Refused(locked);
	}

	private Instant lockedUntil(String key) {
		return jdbc.sql("select locked_until from accounts.sign_in_throttle where email_key = :key")
			.param("key", key)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
	}

	/**
	 * Counts a failure. From the third in a row each one makes the address wait a little
	 * (2 s, then 4 s ...); at the limit it is locked for the lockout period.
	 * @return how long the address is now locked for (the long lockout), zero if only
	 * slowed down or not at all
	 */
	private Duration recordFailure(String key, Instant now) {
		int updated = jdbc.sql("update accounts.sign_in_throttle set failures = failures + 1 where email_key = :key")
			.param("key", key)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into accounts.sign_in_throttle (email_key, failures) values (:key, 1)")
				.param("key", key)
				.update();
		}
		int failures = jdbc.sql("select failures from accounts.sign_in_throttle where email_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
		boolean lockout = failures >= settings.maxFailedSignIns();
		Duration wait = lockout ? settings.lockout()
				: failures >= 3 ? Duration.ofSeconds(1L << (failures - 2)) : Duration.ZERO;
		if (!wait.isZero()) {
			jdbc.sql(
					"update accounts.sign_in_throttle set failures = :failures, locked_until = :until where email_key = :key")
				.param("failures", lockout ? 0 : failures)
				.param("until", now.plus(wait).atOffset(ZoneOffset.UTC))
				.param("key", key)
				.update();
		}
		return lockout ? wait : Duration.ZERO;
	}

	private static String key(String email) {
		return SecretTokens.hash(email.trim().toLowerCase(Locale.ROOT));
	}

}
