package org.homeward.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.homeward.ledger.Ledger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stamp purchases per second end to end over HTTP (sign-in token, card charge through the
 * sandbox gateway, ledger entry, receipt in the outbox and delivered), with 32
 * connections: spread over families buying at 40 agencies, and all families buying at one
 * agency (its revenue and issuance accounts hot). Beside them, the machine's ceiling for
 * the same transaction: pgbench running a purchase's statements on the same database,
 * with Homeward stopped. Run with {@code scripts/benchmark stamps}. Targets: the
 * application at least 40% of the ceiling; hot at least 80% of spread.
 */
public final class StampsBenchmark {

	static final int CLIENTS = Benchmarks.CLIENTS;

	static final int SECONDS = Benchmarks.SECONDS;

	static final int FAMILIES = Integer.getInteger("families", 400);

	static final int AGENCIES = 40;

	public static void main(String[] args) throws Exception {
		Benchmarks.runOn("homeward_bench_stamps", StampsBenchmark::run);
	}

	private static void run(String database, ConfigurableApplicationContext app) throws Exception {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		List<Agency> agencies = new ArrayList<>();
		for (int a = 0; a < AGENCIES; a++) {
			agencies.add(agency(jdbc, "BENCH-" + a));
		}
		List<Fixtures.Family> families = new ArrayList<>();
		for (int f = 0; f < FAMILIES; f++) {
			families.add(Fixtures.family(jdbc, f));
		}
		Benchmarks.analyze(jdbc);
		String base = Benchmarks.baseUrl(app);
		String spreadScript = script(families, f -> agencies.get(f % AGENCIES));
		String hotScript = script(families, f -> agencies.get(0));
		Benchmarks.warmUp(jdbc, base, CLIENTS, spreadScript, hotScript);
		Benchmarks.drainWarmUp(jdbc);
		boolean vacuumed = Benchmarks.standInForAutovacuum(jdbc);
		Benchmarks.Phase spread = Benchmarks.phase(jdbc, database, base, CLIENTS, SECONDS,
				"spread over " + AGENCIES + " agencies", spreadScript);
		Benchmarks.Phase hot = Benchmarks.phase(jdbc, database, base, CLIENTS, SECONDS,
				"all at one agency (hot accounts)", hotScript);
		String books = Benchmarks.books(app.getBean(Ledger.class));
		String purchaseScript = purchaseScript(jdbc, agencies.get(0));
		String ledgerScript = ledgerScript(jdbc, agencies.get(0));
		// the ceilings are measured with Homeward stopped, so that nothing else runs
		// beside pgbench
		app.close();
		Benchmarks.report("Stamps benchmark, purchases over HTTP, " + FAMILIES + " families", "purchase", spread, hot,
				Ceiling.measure(database, "stamp-purchase", purchaseScript), "the ledger entry alone",
				Ceiling.measure(database, "stamp-purchase-ledger", ledgerScript), books, vacuumed);
	}

	record Agency(UUID id, String code, UUID bundle) {
	}

	private static Agency agency(JdbcClient jdbc, String code) {
		Fixtures.BenchAgency agency = Fixtures.agency(jdbc, code, 60000, "MESSAGING");
		UUID bundle = UUID.randomUUID();
		jdbc.sql(
				"insert into contracts.stamp_bundle (id, contract_id, stamps, price_minor, active) values (:id, :c, 10, 400, true)")
			.param("id", bundle)
			.param("c", agency.contract())
			.update();
		return new Agency(agency.id(), code, bundle);
	}

	/**
	 * A wrk script posting purchases round-robin over the families, each with a key of
	 * its own.
	 */
	private static String script(List<Fixtures.Family> families, IntFunction<Agency> agencyOf) {
		List<String> entries = new ArrayList<>();
		for (int f = 0; f < families.size(); f++) {
			Agency agency = agencyOf.apply(f);
			entries.add(
					"  {\"" + families.get(f).token() + "\", '{\"agencyCode\":\"" + agency.code() + "\",\"bundleId\":\""
							+ agency.bundle() + "\",\"paymentMethodId\":\"" + families.get(f).card() + "\"}'},\n");
		}
		return Wrk.postRoundRobin("/api/v1/stamp-purchases", entries);
	}

	/**
	 * One stamp purchase as the application asks PostgreSQL for it, statement for
	 * statement and in the same transactions, with the same round trips (the balance
	 * moves pipelined as the application batches them): the sign-in check, the receipt's
	 * address; one transaction for the idempotency lookup, the card check, the purchase
	 * and its pending charge; the sandbox gateway's books; then one transaction for the
	 * charge's answer, the ledger entry, the new balance, the purchase's completion and
	 * the receipt. Every family buys at the hot agency.
	 */
	private static String purchaseScript(JdbcClient jdbc, Agency hot) {
		HotAccounts accounts = hotAccounts(jdbc, hot);
		int families = Ceiling.families(jdbc, """
				select row_number() over () as n, s.token_hash, m.id as method, m.gateway_token as card, w.id as wallet
				  from accounts.api_session s join payments.payment_method m on m.account_id = s.account_id
				  join ledger.account w on w.owner_id = s.account_id and w.kind = 'FAMILY_STAMPS' and w.unit = :unit""",
				Map.of("unit", "STAMPS:" + hot.id()));
		return """
				%s\
				%s\
				SELECT email FROM accounts.account WHERE id = :account AND status = 'ACTIVE' \\gset
				BEGIN;
				SELECT * FROM stamps.purchase WHERE account_id = :account AND idempotency_key = 'not-used-before';
				SELECT gateway_token FROM payments.payment_method WHERE id = :method AND account_id = :account AND deleted_at IS NULL;
				INSERT INTO stamps.purchase (id, account_id, idempotency_key, request_hash, agency_id, bundle_id, payment_method_id,
				  stamps, price_minor, currency, status, created_at)
				  VALUES (gen_random_uuid(), :account, CAST(gen_random_uuid() AS text), repeat('0', 64), '%s', '%s', :method, 10, 400,
				  'USD', 'PENDING', now()) ON CONFLICT DO NOTHING RETURNING id AS p \\gset
				%s\
				COMMIT;
				%s\
				BEGIN;
				%s\
				INSERT INTO ledger.entry (id, idempotency_key, request_hash, kind, description, reverses, recorded_at)
				  VALUES (gen_random_uuid(), 'stamp-purchase:' || :p, repeat('0', 64), 'stamp-purchase', '10 stamps bought', NULL, now())
				  ON CONFLICT DO NOTHING RETURNING id AS e \\gset
				INSERT INTO ledger.posting (entry_id, line, account_id, unit, amount_minor)
				  VALUES (:e, 0, '%s', 'USD', -400), (:e, 1, '%s', 'USD', 400), (:e, 2, '%s', '%s', -10), (:e, 3, :wallet, '%s', 10);
				\\startpipeline
				UPDATE ledger.balance SET balance_minor = balance_minor + -400 WHERE account_id = '%s' AND shard = :s1 AND (true OR balance_minor + -400 >= 0);
				UPDATE ledger.balance SET balance_minor = balance_minor + 400 WHERE account_id = '%s' AND shard = :s2 AND (true OR balance_minor + 400 >= 0);
				UPDATE ledger.balance SET balance_minor = balance_minor + -10 WHERE account_id = '%s' AND shard = :s3 AND (true OR balance_minor + -10 >= 0);
				UPDATE ledger.balance SET balance_minor = balance_minor + 10 WHERE account_id = :wallet AND shard = 0 AND (false OR balance_minor + 10 >= 0);
				\\endpipeline
				SELECT coalesce(sum(balance_minor), 0) FROM ledger.balance WHERE account_id = :wallet;
				UPDATE stamps.purchase SET status = 'COMPLETED', balance_after = 10, completed_at = now() WHERE id = :p AND status IN ('PENDING', 'UNKNOWN');
				%s\
				COMMIT;
				"""
			.formatted(Ceiling.draws(families, 3), Fixtures.signedInRequest("b.wallet"), hot.id(), hot.bundle(),
					Fixtures.chargeOpened(400, "Homeward: 10 stamps for " + hot.code()), Fixtures.chargeSent(400),
					Fixtures.chargeCaptured(), accounts.clearing(), accounts.deferred(), accounts.issued(),
					accounts.unit(), accounts.unit(), accounts.clearing(), accounts.deferred(), accounts.issued(),
					Fixtures.receipt(jdbc));
	}

	/**
	 * The ledger entry of a purchase alone (entry, four postings, four balances) as one
	 * plain SQL transaction.
	 */
	private static String ledgerScript(JdbcClient jdbc, Agency hot) {
		HotAccounts accounts = hotAccounts(jdbc, hot);
		int families = jdbc.sql("select count(*) from public.bench_family").query(Integer.class).single();
		return """
				%s\
				BEGIN;
				SELECT wallet AS w FROM public.bench_family WHERE n = :n \\gset
				INSERT INTO ledger.entry (id, idempotency_key, request_hash, kind, description, recorded_at)
				  VALUES (gen_random_uuid(), gen_random_uuid()::text, repeat('0', 64), 'stamp-purchase', '10 stamps bought', now()) RETURNING id AS e \\gset
				INSERT INTO ledger.posting VALUES (:e, 0, '%s', 'USD', -400), (:e, 1, '%s', 'USD', 400),
				  (:e, 2, '%s', '%s', -10), (:e, 3, :w, '%s', 10);
				UPDATE ledger.balance SET balance_minor = balance_minor - 400 WHERE account_id = '%s' AND shard = :s1;
				UPDATE ledger.balance SET balance_minor = balance_minor + 400 WHERE account_id = '%s' AND shard = :s2;
				UPDATE ledger.balance SET balance_minor = balance_minor - 10 WHERE account_id = '%s' AND shard = :s3;
				UPDATE ledger.balance SET balance_minor = balance_minor + 10 WHERE account_id = :w AND shard = 0;
				COMMIT;
				"""
			.formatted(Ceiling.draws(families, 3), accounts.clearing(), accounts.deferred(), accounts.issued(),
					accounts.unit(), accounts.unit(), accounts.clearing(), accounts.deferred(), accounts.issued());
	}

	/**
	 * The house and agency accounts every purchase at the agency moves; the unit as
	 * pgbench may spell it.
	 */
	private record HotAccounts(UUID clearing, UUID deferred, UUID issued, String unit) {
	}

	private static HotAccounts hotAccounts(JdbcClient jdbc, Agency hot) {
		UUID clearing = jdbc.sql("select id from ledger.account where kind = 'CARD_CLEARING'")
			.query(UUID.class)
			.single();
		UUID deferred = jdbc
			.sql("select id from ledger.account where kind = 'DEFERRED_STAMP_REVENUE' and owner_id = :a")
			.param("a", hot.id())
			.query(UUID.class)
			.single();
		UUID issued = jdbc.sql("select id from ledger.account where kind = 'STAMPS_ISSUED' and owner_id = :a")
			.param("a", hot.id())
			.query(UUID.class)
			.single();
		// pgbench reads ":name" as a variable even inside quotes, so the unit's colon is
		// spelled chr(58)
		return new HotAccounts(clearing, deferred, issued, "STAMPS' || chr(58) || '" + hot.id());
	}

}
