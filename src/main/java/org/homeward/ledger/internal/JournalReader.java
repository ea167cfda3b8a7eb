package org.homeward.ledger.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.StatementLine;
import org.homeward.ledger.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading the journal: an account's statement, the lines of given entries, and the two
 * checks that the books balance (postings sum to zero per unit, every account's balance
 * rows equal its postings).
 */
@Component
class JournalReader {

	private final JdbcClient jdbc;

	private final LedgerAccounts accounts;

	JournalReader(JdbcClient jdbc, LedgerAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	List<StatementLine> statement(AccountKey key, int limit) {
		Optional<LedgerAccounts.Account> account = accounts.existing(key);
		if (account.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select e.id, e.recorded_at, e.kind, e.description, p.amount_minor, e.idempotency_key
				  from ledger.posting p join ledger.entry e on e.id = p.entry_id
				 where p.account_id = :id order by e.recorded_at desc, e.id desc limit :limit""")
			.param("id", account.get().id())
			.param("limit", limit)
			.query((rs, n) -> new StatementLine(rs.getObject("id", UUID.class),
					rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("kind"),
					rs.getString("description"), rs.getLong("amount_minor"), rs.getString("idempotency_key")))
			.list();
	}

	Map<String, List<PostEntry.Line>> linesOf(Collection<String> keys) {
		Map<String, List<PostEntry.Line>> lines = new LinkedHashMap<>();
		List<String> all = List.copyOf(keys);
		for (int from = 0; from < all.size(); from += 500) {
			jdbc.sql(
					"""
							select e.idempotency_key, a.kind, a.unit, a.owner_id, p.amount_minor
							  from ledger.entry e join ledger.posting p on p.entry_id = e.id join ledger.account a on a.id = p.account_id
							 where e.idempotency_key in (:keys) order by e.idempotency_key, p.line""")
				.param("keys", all.subList(from, Math.min(all.size(), from + 500)))
				.query(rs -> {
					lines.computeIfAbsent(rs.getString("idempotency_key"), k -> new ArrayList<>())
						.add(new PostEntry.Line(
								new AccountKey(AccountKind.valueOf(rs.getString("kind")),
										new Unit(rs.getString("unit")), rs.getObject("owner_id", UUID.class)),
								rs.getLong("amount_minor")));
				});
		}
		return lines;
	}

	Map<String, Long> movementsByEntryKind(AccountKey account, Instant from, Instant to) {
		Map<String, Long> movements = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select e.kind, sum(p.amount_minor) as net
						  from ledger.account a join ledger.posting p on p.account_id = a.id join ledger.entry e on e.id = p.entry_id
						 where a.kind = :kind and a.unit = :unit and a.owner_id = :owner
						   and e.recorded_at >= :from and e.recorded_at < :to
						 group by e.kind order by e.kind""")
			.param("kind", account.kind().name())
			.param("unit", account.unit().code())
			.param("owner", account.owner())
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query(rs -> {
				movements.put(rs.getString("kind"), rs.getLong("net"));
			});
		return movements;
	}

	Map<Unit, Long> totalsByUnit() {
		Map<Unit, Long> totals = new LinkedHashMap<>();
		jdbc.sql("select unit, sum(amount_minor) as total from ledger.posting group by unit order by unit")
			.query(rs -> {
				totals.put(new Unit(rs.getString("unit")), rs.getLong("total"));
			});
		return totals;
	}

	int accountsOutOfBalance() {
		return jdbc.sql("""
				select count(*) from ledger.account a
				 where (select coalesce(sum(b.balance_minor), 0) from ledger.balance b where b.account_id = a.id)
				    <> (select coalesce(sum(p.amount_minor), 0) from ledger.posting p where p.account_id = a.id)""")
			.query(Integer.class)
			.single();
	}

}
