package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.FamilyProfile;
import org.homeward.accounts.FamilyRegistered;
import org.homeward.accounts.PostalAddress;
import org.homeward.directory.Directory;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.InvalidInputException.FieldError;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Family accounts: opening one, reading it, and changing its password. */
@Service
public class FamilyAccounts {

	static final String TERMS_VERSION = "2026-11";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final SignIn signIn;

	private final AccountSessions sessions;

	private final Clock clock;

	FamilyAccounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, Directory directory,
			ApplicationEventPublisher events, AuditTrail audit, SignIn signIn, AccountSessions sessions, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.policy = policy;
		this.directory = directory;
		this.events = events;
		this.audit = audit;
		this.signIn = signIn;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Opens a family account.
	 * @throws InvalidInputException naming every field that is wrong
	 * @throws BusinessRuleException when the e-mail address already has an account
	 */
	@Transactional
	public Caller register(Registration form) {
		List<String> phones = new ArrayList<>();
		List<FieldError> errors = new RegistrationRules(directory).check(form, phones);
		errors.addAll(newPasswordErrors("password", form.password(), form.confirmPassword()));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The registration has invalid fields.", errors);
		}
		String email = form.email().trim().toLowerCase(Locale.ROOT);
		if (jdbc.sql("select count(*) from accounts.account where email = :email")
			.param("email", email)
			.query(Integer.class)
			.single() > 0) {
			throw new BusinessRuleException("email-taken",
					"An account already uses this e-mail address. Sign in, or reset the password if it is yours.");
		}
		UUID id = Ids.next();
		String name = form.firstName().strip() + " " + form.lastName().strip();
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				insert into accounts.account (id, kind, email, password_hash, display_name, status, created_at)
				values (:id, 'FAMILY', :email, :hash, :name, 'ACTIVE', :now)""")
			.param("id", id)
			.param("email", email)
			.param("hash", passwords.encode(form.password()))
			.param("name", name)
			.param("now", now)
			.update();
		PostalAddress address = form.address();
		jdbc.sql(
				"""
						insert into accounts.family_profile (account_id, first_name, last_name, address_line1, address_line2, city,
						       region, postal_code, country, language, terms_version, terms_accepted_at, registered_for)
						values (:id, :first, :last, :line1, :line2, :city, :region, :postal, :country, :language, :terms, :now, :inmate)""")
			.param("id", id)
			.param("first", form.firstName().strip())
			.param("last", form.lastName().strip())
			.param("line1", address.line1().strip())
			.param("line2", blankToNull(address.line2()))
			.param("city", address.city().strip())
			.param("region", blankToNull(address.region()))
			.param("postal", blankToNull(address.postalCode()))
			.param("country", address.country().toUpperCase(Locale.ROOT))
			.param("language", form.locale().getLanguage())
			.param("terms", TERMS_VERSION)
			.param("now", now)
			.param("inmate", form.inmateId())
			.update();
		replacePhones(id, phones);
		audit.record(id, email, null, "account.registered", id.toString(), null);
		events.publishEvent(new FamilyRegistered(id, form.inmateId()));
		return new Caller(id, Caller.Kind.FAMILY, name, null, null, Set.of());
	}

	public Optional<FamilyProfile> profile(UUID account) {
		return jdbc.sql("""
				select a.id, a.email, p.* from accounts.account a join accounts.family_profile p on p.account_id = a.id
				 where a.id = :id and a.status = 'ACTIVE'""")
			.param("id", account)
			.query((rs, n) -> new FamilyProfile(account, rs.getString("email"), rs.getString("first_name"),
					rs.getString("last_name"), phones(account),
					new PostalAddress(rs.getString("address_line1"), rs.getString("address_line2"),
							rs.getString("city"), rs.getString("region"), rs.getString("postal_code"),
							rs.getString("country"))))
			.optional();
	}

	/**
	 * Where a change was made from, which stays signed in when the others are signed out.
	 */
	public record SignedInHere(@Nullable String webSession, @Nullable String apiToken) {
	}

	/**
	 * Changes the password and signs the account out everywhere but {@code here}. Wrong
	 * current passwords count against the address as failed sign-ins do, and lock it
	 * alike.
	 * @throws InvalidInputException when the current password is wrong, the two new ones
	 * differ or break the policy
	 * @throws BusinessRuleException when too many wrong current passwords locked the
	 * address for a while
	 */
	@Transactional
	public void changePassword(Caller caller, String current, String replacement, String confirmation,
			SignedInHere here) {
		Map.Entry<String, String> stored = jdbc
			.sql("select email, password_hash from accounts.account where id = :id and status = 'ACTIVE'")
			.param("id", caller.accountId())
			.query((rs, n) -> Map.entry(rs.getString("email"), rs.getString("password_hash")))
			.optional()
			.orElseThrow(() -> new NotFoundException("account"));
		boolean matches;
		try {
			matches = signIn.currentPasswordMatches(caller, stored.getKey(), current, stored.getValue());
		}
		catch (SignIn.Refused locked) {
			long minutes = Math.max(1, (locked.retryAfter().toSeconds() + 59) / 60);
			throw new BusinessRuleException("password-attempts-locked",
					"Too many wrong passwords: try again in " + minutes + (minutes == 1 ? " minute." : " minutes."),
					List.of(String.valueOf(minutes)), Map.of());
		}
		if (!matches) {
			throw new InvalidInputException("currentPassword", "is not your current password");
		}
		List<FieldError> errors = newPasswordErrors("newPassword", replacement, confirmation);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The new password is not acceptable.", errors);
		}
		setPassword(caller.accountId(), replacement);
		sessions.endAllBut(caller.accountId(), here.webSession(), here.apiToken());
		audit.record(caller.accountId(), caller.displayName(), caller.agency(), "password.changed", null, null);
	}

	void setPassword(UUID account, String password) {
		jdbc.sql("update accounts.account set password_hash = :hash where id = :id")
			.param("hash", passwords.encode(password))
			.param("id", account)
			.update();
	}

	List<FieldError> newPasswordErrors(String field, String password, String confirmation) {
		List<FieldError> errors = new ArrayList<>(policy.violations(field, password));
		if (!password.equals(confirmation)) {
			errors.add(FieldError.of("confirmPassword", "password-mismatch", "does not match the new password"));
		}
		return errors;
	}

	private void replacePhones(UUID account, List<String> phones) {
		jdbc.sql("delete from accounts.phone where account_id = :id").param("id", account).update();
		for (int i = 0; i < phones.size(); i++) {
			jdbc.sql("insert into accounts.phone (account_id, position, e164) values (:id, :position, :e164)")
				.param("id", account)
				.param("position", i)
				.param("e164", phones.get(i))
				.update();
		}
	}

	private List<String> phones(UUID account) {
		return jdbc.sql("select e164 from accounts.phone where account_id = :id order by position")
			.param("id", account)
			.query(String.class)
			.list();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
