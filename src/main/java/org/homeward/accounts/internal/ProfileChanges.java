package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.ClosureConsequences;
import org.homeward.accounts.FamilyAccountClosed;
import org.homeward.accounts.internal.EmailTokens.Purpose;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.EmailAddresses;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.InvalidInputException.FieldError;
import org.homeward.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family member changing their e-mail address or phone numbers, or closing their
 * account.
 */
@Service
public class ProfileChanges {

	static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final EmailTokens tokens;

	private final Mailer mailer;

	private final PasswordEncoder passwords;

	private final List<ClosureConsequences> consequences;

	private final AuditTrail audit;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProfileChanges(JdbcClient jdbc, EmailTokens tokens, Mailer mailer, PasswordEncoder passwords,
			List<ClosureConsequences> consequences, AuditTrail audit, AccountSessions sessions,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.mailer = mailer;
		this.passwords = passwords;
		this.consequences = consequences;
		this.audit = audit;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a confirmation link to the new address and tells the old one; nothing changes
	 * until the link is used.
	 */
	@Transactional
	public void requestEmailChange(Caller caller, String newEmail, String confirmation, Locale locale) {
		String address = newEmail.trim().toLowerCase(Locale.ROOT);
		List<FieldError> errors = new ArrayList<>();
		if (!EmailAddresses.valid(address)) {
			errors.add(FieldError.of("newEmail", "email", "must be an e-mail address"));
		}
		if (!address.equals(confirmation.trim().toLowerCase(Locale.ROOT))) {
			errors.add(FieldError.of("confirmEmail", "email-mismatch", "does not match the new address"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The new e-mail address is not acceptable.", errors);
		}
		String old = email(caller.accountId());
		String token = tokens.issue(caller.accountId(), Purpose.EMAIL_CHANGE, address, CONFIRMATION_VALIDITY);
		mailer.send(new Email(address, "email-confirm", locale, Map.of("path", "/email-confirm/" + token)));
		mailer.send(new Email(old, "email-change-requested", locale, Map.of("newEmail", address)));
		audit.record(caller.accountId(), old, null, "email-change.requested", null, address);
	}

	/**
	 * @throws InvalidInputException when the link is unknown, used or expired
	 * @throws BusinessRuleException when another account took the address meanwhile
	 */
	@Transactional
	public void confirmEmailChange(String token) {
		EmailTokens.Redeemed redeemed = tokens.redeem(token, Purpose.EMAIL_CHANGE)
			.orElseThrow(() -> new InvalidInputException("token", "This confirmation link is not valid any more."));
		if (jdbc.sql("select count(*) from accounts.account where email = :email")
			.param("email", redeemed.newEmail())
			.query(Integer.class)
			.single() > 0) {
			throw new BusinessRuleException("email-taken", "Another account already uses this e-mail address.");
		}
		String old = email(redeemed.account());
		jdbc.sql("update accounts.account set email = :email where id = :id")
			.param("email", redeemed.newEmail())
			.param("id", redeemed.account())
			.update();
		audit.record(redeemed.account(), redeemed.newEmail(), null, "email.changed", null,
				old + " -> " + redeemed.newEmail());
	}

	/** Replaces the phone numbers, each checked and stored in E.164. */
	@Transactional
	public List<String> replacePhones(Caller caller, List<String> typed, String region) {
		List<String> phones = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		PhoneNumbers.e164(typed, region, phones, errors);
		if (phones.isEmpty() && errors.isEmpty()) {
			errors.add(FieldError.of("phones", "phones-required", "at least one phone number is required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Some phone numbers are not valid.", errors);
		}
		List<String> distinct = phones.stream().distinct().toList();
		jdbc.sql("delete from accounts.phone where account_id = :id").param("id", caller.accountId()).update();
		for (int i = 0; i < distinct.size(); i++) {
			jdbc.sql("insert into accounts.phone (account_id, position, e164) values (:id, :position, :e164)")
				.param("id", caller.accountId())
				.param("position", i)
				.param("e164", distinct.get(i))
				.update();
		}
		audit.record(caller.accountId(), caller.displayName(), null, "phones.changed", null,
				String.join(" ", distinct));
		return distinct;
	}

	/**
	 * What closing the account would mean, from every module that holds something of it.
	 */
	public List<String> closureConsequences(Caller caller, Locale locale) {
		return consequences.stream().flatMap(c -> c.describe(caller.accountId(), locale).stream()).toList();
	}

	/**
	 * Closes the account after checking the password: it can no longer sign in, its
	 * sessions end everywhere, and the modules settle what they hold of it
	 * ({@link FamilyAccountClosed}).
	 * @throws InvalidInputException when the password is wrong
	 */
	@Transactional
	public void close(Caller caller, String password) {
		String hash = jdbc.sql("select password_hash from accounts.account where id = :id and status = 'ACTIVE'")
			.param("id", caller.accountId())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("account"));
		if (!passwords.matches(password, hash)) {
			throw new InvalidInputException("password", "is not your password");
		}
		jdbc.sql("update accounts.account set status = 'CLOSED' where id = :id")
			.param("id", caller.accountId())
			.update();
		sessions.endAllBut(caller.accountId(), null, null);
		audit.record(caller.accountId(), caller.displayName(), null, "account.closed", caller.accountId().toString(),
				null);
		// kept in the event publication registry with this transaction: the refunds
		// happen even after a crash
		events.publishEvent(new FamilyAccountClosed(caller.accountId()));
	}

	private String email(UUID account) {
		return jdbc.sql("select email from accounts.account where id = :id")
			.param("id", account)
			.query(String.class)
			.single();
	}

}
