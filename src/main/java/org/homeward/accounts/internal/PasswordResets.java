package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.internal.EmailTokens.Purpose;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.InvalidInputException.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * "Forgot password": a single-use link valid for an hour, e-mailed to the address if an
 * account has it. The answer, and the work done before it, are the same whether or not
 * one does, so nobody learns which addresses are registered.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final EmailTokens tokens;

	private final FamilyAccounts accounts;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final AccountSessions sessions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, EmailTokens tokens, FamilyAccounts accounts, Mailer mailer, AuditTrail audit,
			AccountSessions sessions, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.accounts = accounts;
		this.mailer = mailer;
		this.audit = audit;
		this.sessions = sessions;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Takes a request for a reset link. The same single insert whatever the address:
	 * whether a link is mailed is decided later by {@link #answerWaiting}, so neither the
	 * answer nor its timing tells who is registered.
	 */
	public void request(String email, Locale locale) {
		jdbc.sql("""
				insert into accounts.password_reset_request (id, email, language, requested_at)
				values (:id, :email, :language, :now)""")
			.param("id", Ids.next())
			.param("email", email.trim().toLowerCase(Locale.ROOT))
			.param("language", locale.toLanguageTag())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Answers the waiting requests, oldest first: a link for each address an active
	 * account has.
	 */
	@Scheduled(fixedDelayString = "${homeward.accounts.reset-requests-every:1s}")
	@SchedulerLock(name = "accounts.password-reset-requests")
	void answerWaiting() {
		while (Boolean.TRUE.equals(transactions.execute(status -> answerBatch(50)))) {
			// until a batch comes back short
		}
	}

	/**
	 * @return whether the batch was full (more may wait)
	 */
	private boolean answerBatch(int size) {
		List<Map<String, Object>> waiting = jdbc.sql("""
				select id, email, language from accounts.password_reset_request order by requested_at limit :size
				for update skip locked""").param("size", size).query().listOfRows();
		for (Map<String, Object> request : waiting) {
			String address = String.valueOf(request.get("email"));
			Locale locale = Locale.forLanguageTag(String.valueOf(request.get("language")));
			jdbc.sql("select id, display_name from accounts.account where email = :email and status = 'ACTIVE'")
				.param("email", address)
				.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
				.optional()
				.ifPresent(account -> {
					String token = tokens.issue(account.getKey(), Purpose.PASSWORD_RESET, null, VALIDITY);
					mailer.send(new Email(address, "password-reset", locale, Map.of("name", account.getValue(), "path",
							"/password-reset/" + token, "minutes", VALIDITY.toMinutes())));
					audit.record(account.getKey(), address, null, "password-reset.requested", null, null);
				});
			jdbc.sql("delete from accounts.password_reset_request where id = :id")
				.param("id", request.get("id"))
				.update();
		}
		return waiting.size() == size;
	}

	public boolean usable(String token) {
		return tokens.usable(token, Purpose.PASSWORD_RESET);
	}

	/**
	 * Sets the new password and signs the account out everywhere.
	 * @throws InvalidInputException when the link is unknown, used or expired, or the
	 * password is not acceptable
	 */
	@Transactional
	public void complete(String token, String password, String confirmation, Locale locale) {
		List<FieldError> errors = accounts.newPasswordErrors("newPassword", password, confirmation);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The new password is not acceptable.", errors);
		}
		UUID account = tokens.redeem(token, Purpose.PASSWORD_RESET)
			.orElseThrow(() -> new InvalidInputException("token",
					"This reset link is not valid any more: it was used, or more than an hour has passed. Ask for a new one."))
			.account();
		accounts.setPassword(account, password);
		sessions.endAllBut(account, null, null);
		String email = jdbc.sql("select email from accounts.account where id = :id")
			.param("id", account)
			.query(String.class)
			.single();
		mailer.send(new Email(email, "password-changed", locale, Map.of()));
		audit.record(account, email, null, "password-reset.completed", null, null);
	}

}
