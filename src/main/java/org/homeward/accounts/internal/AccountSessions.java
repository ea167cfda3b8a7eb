package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Every place an account is signed in: its page sessions (kept in the database, found by
 * the account's id) and its API tokens. After a password change or reset they are ended,
 * all but the one the change was made from.
 */
@Component
class AccountSessions {

	private final JdbcClient jdbc;

	private final FindByIndexNameSessionRepository<?> webSessions;

	private final Clock clock;

	AccountSessions(JdbcClient jdbc, FindByIndexNameSessionRepository<?> webSessions, Clock clock) {
		this.jdbc = jdbc;
		this.webSessions = webSessions;
		this.clock = clock;
	}

	/**
	 * Signs the account out everywhere except where it stays signed in.
	 * @param keepWebSession the page session to keep, if the change was made on a page
	 * @param keepToken the API token to keep, if the change was made over the API
	 */
	void endAllBut(UUID account, @Nullable String keepWebSession, @Nullable String keepToken) {
		jdbc.sql("""
				update accounts.api_session set ended_at = :now
				 where account_id = :account and ended_at is null and token_hash <> :keep""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("account", account)
			.param("keep", keepToken == null ? "" : SecretTokens.hash(keepToken))
			.update();
		for (String session : webSessions.findByPrincipalName(account.toString()).keySet()) {
			if (!session.equals(keepWebSession)) {
				webSessions.deleteById(session);
			}
		}
	}

}
