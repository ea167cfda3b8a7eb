package org.homeward.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.PostgresIntegrationTest;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class LedgerIntegrationTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** The stamps of an agency of each test's own. */
	Unit stamps;

	@BeforeEach
	void aUnitOfItsOwn() {
		stamps = Unit.stamps(new TenantId(UUID.randomUUID()));
	}

	AccountKey wallet(UUID family) {
		return new AccountKey(AccountKind.FAMILY_STAMPS, stamps, family);
	}

	AccountKey issued() {
		return AccountKey.house(AccountKind.STAMPS_ISSUED, stamps);
	}

	PostEntry grant(String key, UUID family, long n) {
		return new PostEntry(key, "test-grant", "stamps for a test",
				List.of(new Line(issued(), -n), new Line(wallet(family), n)));
	}

	PostEntry spend(String key, UUID family, long n) {
		return new PostEntry(key, "test-spend", "a message",
				List.of(new Line(wallet(family), -n), new Line(issued(), n)));
	}

	@Test
	void anEntryMovesBothSidesAndTheBooksStayBalanced() {
		UUID family = UUID.randomUUID();
		assertThat(ledger.post(grant(UUID.randomUUID().toString(), family, 20)))
			.isInstanceOf(PostingResult.Posted.class);
		ledger.post(spend(UUID.randomUUID().toString(), family, 3));

		assertThat(ledger.balance(wallet(family))).isEqualTo(17);
		assertThat(ledger.balance(issued())).isEqualTo(-17);
		assertThat(ledger.statement(wallet(family), 10)).extracting(StatementLine::amountMinor)
			.containsExactly(-3L, 20L);
		assertThat(ledger.totalsByUnit().values()).containsOnly(0L);
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

	@Test
	void unbalancedEntriesCannotEvenBeWritten() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PostEntry("k", "x", "x",
				List.of(new Line(issued(), -5), new Line(wallet(UUID.randomUUID()), 4))));
		assertThatIllegalArgumentException().isThrownBy(() -> new PostEntry("k", "x", "x",
				List.of(new Line(issued(), 0), new Line(wallet(UUID.randomUUID()), 0))));
	}

	@Test
	void aWalletCannotGoBelowZeroAndARefusalMovesNothing() {
		UUID family = UUID.randomUUID();
		ledger.post(grant(UUID.randomUUID().toString(), family, 5));
		String key = UUID.randomUUID().toString();

		PostingResult refused = transactions.execute(status -> ledger.post(spend(key, family, 6)));

		assertThat(refused).isEqualTo(new PostingResult.InsufficientFunds(wallet(family)));
		assertThat(ledger.balance(wallet(family))).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from ledger.entry where idempotency_key = :k")
			.param("k", key)
			.query(Integer.class)
			.single()).isZero();
		assertThat(ledger.post(spend(key, family, 5))).isInstanceOf(PostingResult.Posted.class);
		assertThat(ledger.balance(wallet(family))).isZero();
	}

	@Test
	void aRefusalRollsBackOnlyItsEntryAndTheCallersTransactionCarriesOn() {
		UUID family = UUID.randomUUID();
		String refusedKey = UUID.randomUUID().toString();
		String grantKey = UUID.randomUUID().toString();

		transactions.executeWithoutResult(status -> {
			assertThat(ledger.post(grant(grantKey, family, 2))).isInstanceOf(PostingResult.Posted.class);
			assertThat(ledger.post(spend(refusedKey, family, 3))).isInstanceOf(PostingResult.InsufficientFunds.class);
			assertThat(ledger.post(spend(UUID.randomUUID().toString(), family, 1)))
				.isInstanceOf(PostingResult.Posted.class);
		});

		assertThat(ledger.balance(wallet(family))).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from ledger.entry where idempotency_key in (:k)")
			.param("k", List.of(grantKey, refusedKey))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

	@Test
	void accountsOpenedByATransactionThatRollsBackAreOpenedAgainNextTime() {
		UUID family = UUID.randomUUID();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			ledger.post(grant(UUID.randomUUID().toString(), family, 4));
			// the second entry finds the wallet the first one opened, not yet committed
			ledger.post(grant(UUID.randomUUID().toString(), family, 1));
			assertThat(ledger.balance(wallet(family))).isEqualTo(5);
			throw new IllegalStateException("the caller fails after posting");
		})).hasMessage("the caller fails after posting");
		assertThat(ledger.balance(wallet(family))).isZero();

		assertThat(ledger.post(grant(UUID.randomUUID().toString(), family, 7)))
			.isInstanceOf(PostingResult.Posted.class);
		assertThat(ledger.balance(wallet(family))).isEqualTo(7);
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

	@Test
	void theSameKeyMovesOnceAndADifferentRequestUnderItIsRefused() {
		UUID family = UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		PostingResult first = ledger.post(grant(key, family, 10));
		PostingResult again = ledger.post(grant(key, family, 10));

		assertThat(again).isEqualTo(new PostingResult.Posted(((PostingResult.Posted) first).entryId(), true));
		assertThat(ledger.balance(wallet(family))).isEqualTo(10);
		assertThatThrownBy(() -> ledger.post(grant(key, family, 11))).isInstanceOf(IdempotencyConflict.class);
	}

	@Test
	void theDatabaseKeepsTheJournalAppendOnlyAndBalanced() {
		UUID family = UUID.randomUUID();
		ledger.post(grant(UUID.randomUUID().toString(), family, 1));
		assertThatThrownBy(() -> jdbc.sql("update ledger.posting set amount_minor = 2").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			UUID entry = UUID.randomUUID();
			jdbc.sql(
					"insert into ledger.entry (id, idempotency_key, request_hash, kind, description, recorded_at) values (:id, :id, repeat('0', 64), 'forged', 'forged', current_timestamp)")
				.param("id", entry)
				.update();
			UUID account = jdbc.sql("select id from ledger.account limit 1").query(UUID.class).single();
			jdbc.sql(
					"insert into ledger.posting (entry_id, line, account_id, unit, amount_minor) values (:e, 0, :a, 'USD', 100)")
				.param("e", entry)
				.param("a", account)
				.update();
		})).rootCause().hasMessageContaining("does not balance");
	}

	@Test
	void manyThreadsOnTheSameWalletsAndTheSameHotAccountLoseNothing() throws Exception {
		List<UUID> families = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		for (UUID family : families) {
			ledger.post(grant(UUID.randomUUID().toString(), family, 50));
		}
		AtomicInteger spent = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			work.add(pool.submit(() -> {
				for (int i = 0; i < 40; i++) {
					UUID family = families.get(ThreadLocalRandom.current().nextInt(families.size()));
					PostEntry entry = spend(UUID.randomUUID().toString(), family,
							1 + ThreadLocalRandom.current().nextInt(3));
					PostingResult result = ledger.post(entry);
					if (result instanceof PostingResult.Posted posted) {
						spent.incrementAndGet();
						assertThat(ledger.post(entry)).isEqualTo(new PostingResult.Posted(posted.entryId(), true));
					}
					else {
						refused.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();

		long left = families.stream().mapToLong(f -> ledger.balance(wallet(f))).sum();
		assertThat(families).allSatisfy(f -> assertThat(ledger.balance(wallet(f))).isBetween(0L, 50L));
		assertThat(ledger.balance(issued())).isEqualTo(-left);
		assertThat(refused.get()).isPositive();
		assertThat(ledger.totalsByUnit().get(stamps)).isZero();
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

}
