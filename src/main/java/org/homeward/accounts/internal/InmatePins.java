package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inmates sign in at kiosks and tablets with their agency, inmate number and a PIN that
 * staff set. PINs are hashed; five wrong PINs in a row lock the inmate's sign-in for 15
 * minutes. Kiosk tokens die after the idle timeout.
 */
@Service
public class InmatePins {

	private static final int MAX_FAILURES = 5;

	private static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AccountsSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	InmatePins(JdbcClient jdbc, PasswordEncoder encoder, AccountsSettings settings, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets or resets an inmate's PIN (4 to 8 digits) and unlocks their sign-in.
	 * @param by the staff member doing it
	 */
	@Transactional
	public void set(InmateView inmate, String pin, Caller by) {
		if (!pin.matches("\\d{4,8}")) {
			throw new InvalidInputException("pin", "must be 4 to 8 digits");
		}
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		int updated = jdbc.sql("""
				update accounts.inmate_pin set pin_hash = :hash, failures = 0, locked_until = null, updated_at = :now,
				       updated_by = :by where inmate_id = :inmate""")
			.param("hash", encoder.encode(pin))
			.param("now", now)
			.param("by", by.accountId())
			.param("inmate", inmate.id())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into accounts.inmate_pin (inmate_id, agency_id, pin_hash, failures, updated_at, updated_by)
					values (:inmate, :agency, :hash, 0, :now, :by)""")
				.param("inmate", inmate.id())
				.param("agency", inmate.agency().id().value())
				.param("hash", encoder.encode(pin))
				.param("now", now)
				.param("by", by.accountId())
				.update();
		}
		audit.record(by.accountId(), by.displayName(), inmate.agency().id(), "inmate-pin.set", inmate.id().toString(),
				inmate.inmateNumber());
	}

	/**
	 * Checks the PIN of an inmate in custody and opens a kiosk session.
	 * @throws SignIn.Refused when the PIN is wrong, the inmate unknown or released, or
	 * their sign-in locked
	 */
	@Transactional(noRollbackFor = SignIn.Refused.class, propagation = Propagation.REQUIRES_NEW)
	public ApiSessions.Issued signIn(Optional<InmateView> found, String pin) {
		Instant now = clock.instant();
		Optional<InmateView> inmate = found.filter(i -> i.status() == InmateStatus.ACTIVE);
		Optional<Stored> stored = inmate.flatMap(i -> jdbc
			.sql("select pin_hash, failures, locked_until from accounts.inmate_pin where inmate_id = :id for update")
			.param("id", i.id())
			.query((rs, n) -> new Stored(rs.getString("pin_hash"), rs.getInt("failures"),
					Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.optional());
		if (stored.isPresent() && stored.get().lockedUntil() != null && stored.get().lockedUntil().isAfter(now)) {
			throw new SignIn.Refused(Duration.between(now, stored.get().lockedUntil()));
		}
		boolean matches = encoder.matches(pin, stored.map(Stored::hash).orElse(SignIn.DECOY_HASH));
		if (!matches || stored.isEmpty()) {
			inmate.filter(i -> stored.isPresent()).ifPresent(i -> recordFailure(i, stored.get(), now));
			throw new SignIn.Refused(Duration.ZERO);
		}
		InmateView who = inmate.get();
		jdbc.sql("update accounts.inmate_pin set failures = 0, locked_until = null where inmate_id = :id")
			.param("id", who.id())
			.update();
		audit.record(who.id(), who.inmateNumber(), who.agency().id(), "kiosk-sign-in.succeeded", who.id().toString(),
				null);
		return issue(who, now);
	}

	private void recordFailure(InmateView inmate, Stored stored, Instant now) {
		boolean lock = stored.failures() + 1 >= MAX_FAILURES;
		jdbc.sql("update accounts.inmate_pin set failures = :failures, locked_until = :until where inmate_id = :id")
			.param("failures", lock ? 0 : stored.failures() + 1)
			.param("until", lock ? now.plus(LOCK).atOffset(ZoneOffset.UTC) : null)
			.param("id", inmate.id())
			.update();
		audit.record(inmate.id(), inmate.inmateNumber(), inmate.agency().id(),
				lock ? "kiosk-sign-in.locked-out" : "kiosk-sign-in.failed", inmate.id().toString(), null);
		if (lock) {
			throw new SignIn.Refused(LOCK);
		}
	}

	private ApiSessions.Issued issue(InmateView inmate, Instant now) {
		String token = SecretTokens.next();
		jdbc.sql("""
				insert into accounts.kiosk_session (token_hash, inmate_id, agency_id, created_at, last_seen_at)
				values (:hash, :inmate, :agency, :now, :now)""")
			.param("hash", SecretTokens.hash(token))
			.param("inmate", inmate.id())
			.param("agency", inmate.agency().id().value())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return new ApiSessions.Issued(token, now.plus(settings.idleTimeout()), settings.idleTimeout().toSeconds());
	}

	/**
	 * The inmate of a live kiosk token, keeping it alive: its last-seen time is written
	 * as an API token's is, not on every request.
	 */
	public Optional<Caller> resume(String token) {
		Instant now = clock.instant();
		String hash = SecretTokens.hash(token);
		Optional<KioskSession> session = jdbc.sql("""
				select inmate_id, agency_id, last_seen_at from accounts.kiosk_session
				 where token_hash = :hash and ended_at is null""")
			.param("hash", hash)
			.query((rs, n) -> new KioskSession(rs.getObject("inmate_id", UUID.class),
					rs.getObject("agency_id", UUID.class),
					rs.getObject("last_seen_at", OffsetDateTime.class).toInstant()))
			.optional()
			.filter(s -> s.lastSeen().plus(settings.idleTimeout()).isAfter(now));
		session.filter(s -> ApiSessions.dueForTouch(s.lastSeen(), now, settings.idleTimeout()))
			.ifPresent(s -> jdbc.sql("update accounts.kiosk_session set last_seen_at = :now where token_hash = :hash")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("hash", hash)
				.update());
		return session
			.map(s -> new Caller(s.inmate(), Caller.Kind.INMATE, "inmate", new TenantId(s.agency()), null, Set.of()));
	}

	@Transactional
	public void end(String token) {
		jdbc.sql("update accounts.kiosk_session set ended_at = :now where token_hash = :hash and ended_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("hash", SecretTokens.hash(token))
			.update();
	}

	private record Stored(String hash, int failures, Instant lockedUntil) {
	}

	private record KioskSession(UUID inmate, UUID agency, Instant lastSeen) {
	}

}
