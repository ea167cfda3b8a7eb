package org.homeward.ledger.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.homeward.ledger.AccountKey;
import org.homeward.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Finds ledger accounts by key, opening them (with their balance rows) on first use. */
@Component
class LedgerAccounts {

	/** An account as the journal needs it. */
	record Account(UUID id, AccountKey key, boolean mayGoNegative, int shards) {
	}

	static final int HOT_SHARDS = 16;

	/**
	 * Only accounts known to be committed are cached: one opened by a transaction that
	 * rolls back must not be.
	 */
	private final Map<AccountKey, Account> known = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	LedgerAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Account open(AccountKey key) {
		Account cached = known.get(key);
		if (cached != null) {
			return cached;
		}
		Optional<Account> existing = find(key);
		if (existing.isPresent()) {
			remember(existing.get());
			return existing.get();
		}
		int shards = key.kind().hot() ? HOT_SHARDS : 1;
		UUID id = Ids.next();
		int created = jdbc.sql("""
				insert into ledger.account (id, kind, unit, owner_id, may_go_negative, shards, created_at)
				values (:id, :kind, :unit, :owner, :negative, :shards, :now) on conflict do nothing""")
			.param("id", id)
			.param("kind", key.kind().name())
			.param("unit", key.unit().code())
			.param("owner", key.owner())
			.param("negative", key.kind().mayGoNegative())
			.param("shards", shards)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		if (created == 1) {
			for (int shard = 0; shard < shards; shard++) {
				jdbc.sql("insert into ledger.balance (account_id, shard, balance_minor) values (:id, :shard, 0)")
					.param("id", id)
					.param("shard", shard)
					.update();
			}
		}
		return find(key).orElseThrow();
	}

	/** The account if it exists, from memory when it is known to be committed. */
	Optional<Account> existing(AccountKey key) {
		Account cached = known.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Account> found = find(key);
		found.ifPresent(this::remember);
		return found;
	}

	/**
	 * Keeps the account in memory once the transaction that read it commits: it may have
	 * created it.
	 */
	private void remember(Account account) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			known.put(account.key(), account);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				known.put(account.key(), account);
			}
		});
	}

	Optional<Account> find(AccountKey key) {
		return jdbc.sql(
				"select id, may_go_negative, shards from ledger.account where kind = :kind and unit = :unit and owner_id = :owner")
			.param("kind", key.kind().name())
			.param("unit", key.unit().code())
			.param("owner", key.owner())
			.query((rs, n) -> new Account(rs.getObject("id", UUID.class), key, rs.getBoolean("may_go_negative"),
					rs.getInt("shards")))
			.optional();
	}

}
