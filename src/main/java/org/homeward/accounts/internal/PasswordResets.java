package org.homeward.accounts.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.internal.EmailTokens.Purpose;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.InvalidInputException.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link valid for an hour, e-mailed to the address if an account has it. The
 * answer is the same whether or not one does, so nobody learns which addresses are registered.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final EmailTokens tokens;

	private final FamilyAccounts accounts;

	private final Mailer mailer;

	private final AuditTrail audit;

	PasswordResets(JdbcClient jdbc, EmailTokens tokens, FamilyAccounts accounts, Mailer mailer, AuditTrail audit) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.accounts = accounts;
		this.mailer = mailer;
		this.audit = audit;
	}

	@Transactional
	public void request(String email, Locale locale) {
		String address = email.trim().toLowerCase(Locale.ROOT);
		jdbc.sql("select id, display_name from accounts.account where email = :email and status = 'ACTIVE'")
			.param("email", address)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
			.optional()
			.ifPresent(account -> {
				String token = tokens.issue(account.getKey(), Purpose.PASSWORD_RESET, null, VALIDITY);
				mailer.send(new Email(address, "password-reset", locale,
						Map.of("name", account.getValue(), "path", "/password-reset/" + token, "minutes", VALIDITY.toMinutes())));
				audit.record(account.getKey(), address, null, "password-reset.requested", null, null);
			});
	}

	public boolean usable(String token) {
		return tokens.usable(token, Purpose.PASSWORD_RESET);
	}

	/**
	 * Sets the new password and signs the account out everywhere.
	 * @throws InvalidInputException when the link is unknown, used or expired, or the password is not acceptable
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
		jdbc.sql("update accounts.api_session set ended_at = current_timestamp where account_id = :id and ended_at is null")
			.param("id", account)
			.update();
		String email = jdbc.sql("select email from accounts.account where id = :id").param("id", account).query(String.class).single();
		mailer.send(new Email(email, "password-changed", locale, Map.of()));
		audit.record(account, email, null, "password-reset.completed", null, null);
	}

}
