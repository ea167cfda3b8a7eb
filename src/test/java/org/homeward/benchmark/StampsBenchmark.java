package org.homeward.benchmark;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.ledger.Ledger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stamp purchases per second end to end over HTTP (sign-in token, card charge through the sandbox gateway,
 * ledger entry, receipt in the outbox), with 32 connections: spread over families buying at 40 agencies, and all
 * families buying at one agency (its revenue and issuance accounts hot). Beside them, pgbench's throughput for
 * the same writes done as one plain SQL transaction on the same database: the machine's ceiling. Run with
 * {@code scripts/benchmark stamps}. Targets: the application at least 40% of the ceiling; hot at least 80% of spread.
 */
public final class StampsBenchmark {

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final int SECONDS = Integer.getInteger("seconds", 20);

	static final int FAMILIES = Integer.getInteger("families", 400);

	static final int AGENCIES = 40;

	public static void main(String[] args) throws Exception {
		String database = Benchmarks.freshDatabase("homeward_bench_stamps");
		try (ConfigurableApplicationContext app = Benchmarks.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			List<Agency> agencies = new ArrayList<>();
			for (int a = 0; a < AGENCIES; a++) {
				agencies.add(agency(jdbc, "BENCH-" + a));
			}
			List<Benchmarks.Family> families = new ArrayList<>();
			for (int f = 0; f < FAMILIES; f++) {
				families.add(Benchmarks.family(jdbc, f));
			}
			String base = Benchmarks.baseUrl(app);
			String spreadScript = script(families, f -> agencies.get(f % AGENCIES));
			String hotScript = script(families, f -> agencies.get(0));
			Wrk.run(base, CLIENTS, 5, hotScript);
			LoadHarness.Result spread = Wrk.run(base, CLIENTS, SECONDS, spreadScript);
			LoadHarness.Result hot = Wrk.run(base, CLIENTS, SECONDS, hotScript);
			double ceiling = pgbench(jdbc, database, agencies.get(0));
			Ledger ledger = app.getBean(Ledger.class);

			System.out.println();
			System.out.println("== Stamps benchmark (" + Benchmarks.machine() + ", " + FAMILIES + " families) ==");
			System.out.println("purchases over HTTP, spread over " + AGENCIES + " agencies: " + spread);
			System.out.println("purchases over HTTP, all at one agency (hot accounts): " + hot);
			System.out.printf("PostgreSQL ceiling (pgbench, same writes as one SQL transaction, %d clients): %,.0f per second%n",
					CLIENTS, ceiling);
			System.out.printf("application / ceiling: spread %.0f%%, hot %.0f%% (target >= 40%%)%n",
					100 * spread.perSecond() / ceiling, 100 * hot.perSecond() / ceiling);
			System.out.printf("hot / spread: %.0f%% (target >= 80%%)%n", 100 * hot.perSecond() / spread.perSecond());
			System.out.println("books after the run: totals per unit " + ledger.totalsByUnit().values().stream().distinct().toList()
					+ ", accounts out of balance " + ledger.accountsOutOfBalance());
		}
	}

	record Agency(UUID id, String code, UUID bundle) {
	}

	private static Agency agency(JdbcClient jdbc, String code) {
		Benchmarks.BenchAgency agency = Benchmarks.agency(jdbc, code, 60000, "MESSAGING");
		UUID bundle = UUID.randomUUID();
		jdbc.sql("insert into contracts.stamp_bundle (id, contract_id, stamps, price_minor, active) values (:id, :c, 10, 400, true)")
			.param("id", bundle).param("c", agency.contract()).update();
		return new Agency(agency.id(), code, bundle);
	}

	/** A wrk script posting purchases round-robin over the families, each with a key of its own. */
	private static String script(List<Benchmarks.Family> families, java.util.function.IntFunction<Agency> agencyOf) {
		List<String> entries = new ArrayList<>();
		for (int f = 0; f < families.size(); f++) {
			Agency agency = agencyOf.apply(f);
			entries.add("  {\"" + families.get(f).token() + "\", '{\"agencyCode\":\"" + agency.code() + "\",\"bundleId\":\""
					+ agency.bundle() + "\",\"paymentMethodId\":\"" + families.get(f).card() + "\"}'},\n");
		}
		return Wrk.postRoundRobin("/api/v1/stamp-purchases", entries);
	}

	/** The writes of one purchase as a single plain SQL transaction, run by pgbench on the same database. */
	private static double pgbench(JdbcClient jdbc, String database, Agency hot) throws Exception {
		jdbc.sql("create table public.bench_wallet as select row_number() over () as n, id from ledger.account where kind = 'FAMILY_STAMPS'").update();
		int wallets = jdbc.sql("select count(*) from public.bench_wallet").query(Integer.class).single();
		UUID clearing = jdbc.sql("select id from ledger.account where kind = 'CARD_CLEARING'").query(UUID.class).single();
		UUID deferred = jdbc.sql("select id from ledger.account where kind = 'DEFERRED_STAMP_REVENUE' and owner_id = :a").param("a", hot.id()).query(UUID.class).single();
		UUID issued = jdbc.sql("select id from ledger.account where kind = 'STAMPS_ISSUED' and owner_id = :a").param("a", hot.id()).query(UUID.class).single();
		// pgbench reads ":name" as a variable even inside quotes, so the unit's colon is spelled chr(58)
		String unit = "STAMPS' || chr(58) || '" + hot.id();
		String script = """
				\\set n random(1, %d)
				\\set s1 random(0, 15)
				\\set s2 random(0, 15)
				\\set s3 random(0, 15)
				BEGIN;
				SELECT id AS w FROM public.bench_wallet WHERE n = :n \\gset
				INSERT INTO ledger.entry (id, idempotency_key, request_hash, kind, description, recorded_at)
				  VALUES (gen_random_uuid(), gen_random_uuid()::text, repeat('0', 64), 'stamp-purchase', '10 stamps bought', now()) RETURNING id AS e \\gset
				INSERT INTO ledger.posting VALUES (:e, 0, '%s', 'USD', -400), (:e, 1, '%s', 'USD', 400),
				  (:e, 2, '%s', '%s', -10), (:e, 3, :w, '%s', 10);
				UPDATE ledger.balance SET balance_minor = balance_minor - 400 WHERE account_id = '%s' AND shard = :s1;
				UPDATE ledger.balance SET balance_minor = balance_minor + 400 WHERE account_id = '%s' AND shard = :s2;
				UPDATE ledger.balance SET balance_minor = balance_minor - 10 WHERE account_id = '%s' AND shard = :s3;
				UPDATE ledger.balance SET balance_minor = balance_minor + 10 WHERE account_id = :w AND shard = 0;
				COMMIT;
				""".formatted(wallets, clearing, deferred, issued, unit, unit, clearing, deferred, issued);
		return Benchmarks.pgbench(database, script, CLIENTS, SECONDS);
	}

}
