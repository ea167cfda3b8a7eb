package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with Google or Facebook for families. A provider's account is linked to a
 * Homeward account once, by an e-mail address the provider has verified; from then on its
 * subject id alone signs in. Staff and operators never sign in this way.
 */
@Service
public class SocialSignIn {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	SocialSignIn(JdbcClient jdbc, Accounts accounts, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param email the address the provider gives, or {@literal null}
	 * @param verified whether the provider vouches that the address belongs to the person
	 * @return the family member to sign in, or empty when no account is linked or can be
	 * linked
	 */
	@Transactional
	public Optional<Caller> signIn(String provider, String subject, String email, boolean verified) {
		Optional<Caller> linked = jdbc
			.sql("select account_id from accounts.identity_link where provider = :provider and subject = :subject")
			.param("provider", provider)
			.param("subject", subject)
			.query(UUID.class)
			.optional()
			.flatMap(accounts::activeById)
			.filter(caller -> caller.kind() == Caller.Kind.FAMILY);
		if (linked.isPresent()) {
			audit.record(linked.get().accountId(), provider + ":" + subject, null, "sign-in.succeeded", null, provider);
			return linked;
		}
		if (email == null || !verified) {
			audit.record(null, provider + ":" + subject, null, "sign-in.social-refused", null, "no verified e-mail");
			return Optional.empty();
		}
		Optional<Caller> byEmail = accounts.activeByEmail(email.toLowerCase(Locale.ROOT))
			.map(Accounts.StoredAccount::caller)
			.filter(caller -> caller.kind() == Caller.Kind.FAMILY);
		byEmail.ifPresentOrElse(caller -> {
			jdbc.sql("""
					insert into accounts.identity_link (provider, subject, account_id, linked_at)
					values (:provider, :subject, :account, :now)""")
				.param("provider", provider)
				.param("subject", subject)
				.param("account", caller.accountId())
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			audit.record(caller.accountId(), email, null, "identity.linked", provider, subject);
		}, () -> audit.record(null, email, null, "sign-in.social-refused", null, "no account with this e-mail"));
		return byEmail;
	}

}
