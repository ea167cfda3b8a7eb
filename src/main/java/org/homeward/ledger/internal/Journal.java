package org.homeward.ledger.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostingResult;
import org.homeward.ledger.StatementLine;
import org.homeward.ledger.Unit;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal. An entry that takes from an account that may not go negative is posted
 * inside a savepoint: if the account would go below zero, everything the entry wrote is
 * rolled back and the caller's transaction carries on. Balance rows are updated in
 * account order so that concurrent entries never deadlock; a hot account's balance is
 * spread over {@link LedgerAccounts#HOT_SHARDS} rows, one picked at random per posting.
 */
@Service
class Journal implements Ledger {

	private final JdbcClient jdbc;

	private final LedgerAccounts accounts;

	private final JournalReader reader;

	private final TransactionTemplate savepoint;

	private final TransactionTemplate transaction;

	private final JdbcTemplate batch;

	private final Clock clock;

	Journal(JdbcClient jdbc, JdbcTemplate batch, LedgerAccounts accounts, JournalReader reader,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.reader = reader;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	@Override
	public PostingResult post(PostEntry entry) {
		return transaction.execute(status -> {
			List<LedgerAccounts.Account> resolved = entry.lines()
				.stream()
				.map(line -> accounts.open(line.account()))
				.toList();
			boolean refusable = false;
			for (int i = 0; i < resolved.size(); i++) {
				refusable |= !resolved.get(i).mayGoNegative() && entry.lines().get(i).amountMinor() < 0;
			}
			if (!refusable) {
				// nothing can be refused, so nothing needs rolling back on its own: no
				// savepoint
				return write(entry, resolved);
			}
			try {
				return savepoint.execute(nested -> write(entry, resolved));
			}
			catch (Refused refused) {
				return new PostingResult.InsufficientFunds(refused.account);
			}
		});
	}

	/**
	 * Three statements whatever the entry's size: the entry (or nothing, when its key was
	 * posted before), its lines, and the balance moves as one batch, in account order so
	 * that concurrent entries never deadlock.
	 */
	private PostingResult write(PostEntry entry, List<LedgerAccounts.Account> resolved) {
		String hash = hash(entry);
		UUID id = Ids.next();
		int inserted = jdbc.sql("""
				insert into ledger.entry (id, idempotency_key, request_hash, kind, description, reverses, recorded_at)
				values (:id, :key, :hash, :kind, :description, :reverses, :now) on conflict do nothing""")
			.param("id", id)
			.param("key", entry.idempotencyKey())
			.param("hash", hash)
			.param("kind", entry.kind())
			.param("description", entry.description())
			.param("reverses", entry.reverses())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			return replay(entry.idempotencyKey(), hash);
		}
		List<PostEntry.Line> lines = entry.lines();
		StringBuilder postings = new StringBuilder(
				"insert into ledger.posting (entry_id, line, account_id, unit, amount_minor) values ");
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			postings.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
			values.addAll(List.of(id, i, resolved.get(i).id(), lines.get(i).account().unit().code(),
					lines.get(i).amountMinor()));
		}
		jdbc.sql(postings.toString()).params(values).update();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing(i -> resolved.get(i).id()));
		List<Object[]> moves = new ArrayList<>();
		for (int i : order) {
			LedgerAccounts.Account account = resolved.get(i);
			long amount = lines.get(i).amountMinor();
			moves.add(new Object[] { amount, account.id(), ThreadLocalRandom.current().nextInt(account.shards()),
					account.mayGoNegative(), amount });
		}
		int[] moved = batch.batchUpdate("""
				update ledger.balance set balance_minor = balance_minor + ?
				 where account_id = ? and shard = ? and (? or balance_minor + ? >= 0)""", moves);
		for (int k = 0; k < moved.length; k++) {
			if (moved[k] == 0) {
				throw new Refused(lines.get(order.get(k)).account());
			}
		}
		return new PostingResult.Posted(id, false);
	}

	private PostingResult replay(String key, String hash) {
		Map.Entry<UUID, String> existing = jdbc
			.sql("select id, request_hash from ledger.entry where idempotency_key = :key")
			.param("key", key)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("request_hash")))
			.single();
		if (!existing.getValue().equals(hash)) {
			throw new IdempotencyConflict(key);
		}
		return new PostingResult.Posted(existing.getKey(), true);
	}

	@Override
	public long balance(AccountKey key) {
		return accounts.existing(key)
			.map(account -> jdbc
				.sql("select coalesce(sum(balance_minor), 0) from ledger.balance where account_id = :id")
				.param("id", account.id())
				.query(Long.class)
				.single())
			.orElse(0L);
	}

	@Override
	public Map<Unit, Long> balancesOf(AccountKind kind, UUID owner) {
		Map<Unit, Long> balances = new LinkedHashMap<>();
		jdbc.sql("""
				select a.unit, coalesce(sum(b.balance_minor), 0) as balance from ledger.account a
				  join ledger.balance b on b.account_id = a.id
				 where a.kind = :kind and a.owner_id = :owner group by a.unit order by a.unit""")
			.param("kind", kind.name())
			.param("owner", owner)
			.query(rs -> {
				balances.put(new Unit(rs.getString("unit")), rs.getLong("balance"));
			});
		return balances;
	}

	@Override
	public List<UUID> ownersWithBalance(AccountKind kind, Unit unit) {
		return jdbc
			.sql("""
					select a.owner_id from ledger.account a join ledger.balance b on b.account_id = a.id
					 where a.kind = :kind and a.unit = :unit group by a.owner_id having sum(b.balance_minor) > 0 order by a.owner_id""")
			.param("kind", kind.name())
			.param("unit", unit.code())
			.query(UUID.class)
			.list();
	}

	@Override
	public List<StatementLine> statement(AccountKey key, int limit) {
		return reader.statement(key, limit);
	}

	@Override
	public Map<String, List<PostEntry.Line>> linesOf(Collection<String> keys) {
		return reader.linesOf(keys);
	}

	@Override
	public Map<String, Long> movementsByEntryKind(AccountKey account, Instant from, Instant to) {
		return reader.movementsByEntryKind(account, from, to);
	}

	@Override
	public Map<Unit, Long> totalsByUnit() {
		return reader.totalsByUnit();
	}

	@Override
	public int accountsOutOfBalance() {
		return reader.accountsOutOfBalance();
	}

	private static String hash(PostEntry entry) {
		StringBuilder text = new StringBuilder(entry.kind()).append('|')
			.append(entry.description())
			.append('|')
			.append(entry.reverses());
		entry.lines().forEach(line -> text.append('|').append(line.account()).append('=').append(line.amountMinor()));
		return Hashes.sha256Hex(text.toString());
	}

	/** Thrown inside the savepoint to roll the entry back. */
	private static final class Refused extends RuntimeException {

		private final AccountKey account;

		Refused(AccountKey account) {
			super(null, null, false, false);
			this.account = account;
		}

	}

}
