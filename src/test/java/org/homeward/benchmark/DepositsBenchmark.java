package org.homeward.benchmark;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.ledger.Ledger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deposits per second end to end over HTTP with 32 connections (token, fee quote from the tier table, limits checked
 * under row locks, card charged through the sandbox gateway, one ledger entry, receipt in the outbox): spread over
 * 400 inmates, and all to one inmate (its limit row and balance hot). Beside them, pgbench's throughput for the same
 * writes as one SQL transaction on the same database: the machine's ceiling. Run with
 * {@code scripts/benchmark deposits}. Targets: at least 40% of the ceiling; one inmate at least 80% of spread.
 */
public final class DepositsBenchmark {

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final int SECONDS = Integer.getInteger("seconds", 20);

	static final int FAMILIES = Integer.getInteger("families", 400);

	public static void main(String[] args) throws Exception {
		String database = Benchmarks.freshDatabase("homeward_bench_deposits");
		try (ConfigurableApplicationContext app = Benchmarks.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Benchmarks.BenchAgency bench = agency(jdbc);
			UUID agency = bench.id();
			UUID facility = bench.facility();
			List<Benchmarks.Family> families = new ArrayList<>();
			List<UUID> inmates = new ArrayList<>();
			for (int f = 0; f < FAMILIES; f++) {
				families.add(Benchmarks.family(jdbc, f));
				inmates.add(inmate(jdbc, agency, facility, f));
			}
			Benchmarks.analyze(jdbc);
			String base = Benchmarks.baseUrl(app);
			Wrk.run(base, CLIENTS, 5, script(families, inmates, false));
			LoadHarness.Result spread = Wrk.run(base, CLIENTS, SECONDS, script(families, inmates, false));
			LoadHarness.Result one = Wrk.run(base, CLIENTS, SECONDS, script(families, inmates, true));
			double ceiling = pgbench(jdbc, database, agency);
			Ledger ledger = app.getBean(Ledger.class);

			System.out.println();
			System.out.println("== Deposits benchmark (" + Benchmarks.machine() + ", " + FAMILIES + " families) ==");
			System.out.println("deposits over HTTP, spread over " + FAMILIES + " inmates: " + spread);
			System.out.println("deposits over HTTP, all to one inmate: " + one);
			System.out.printf("PostgreSQL ceiling (pgbench, same writes as one SQL transaction, %d clients): %,.0f per second%n",
					CLIENTS, ceiling);
			System.out.printf("application / ceiling: spread %.0f%%, one inmate %.0f%% (target >= 40%%)%n",
					100 * spread.perSecond() / ceiling, 100 * one.perSecond() / ceiling);
			System.out.printf("one inmate / spread: %.0f%% (target >= 80%%)%n", 100 * one.perSecond() / spread.perSecond());
			System.out.println("books after the run: totals per unit " + ledger.totalsByUnit().values().stream().distinct().toList()
					+ ", accounts out of balance " + ledger.accountsOutOfBalance());
		}
	}

	/** An agency with deposits on, the demo fee tiers, and limits too high to stop a benchmark. */
	private static Benchmarks.BenchAgency agency(JdbcClient jdbc) {
		Benchmarks.BenchAgency agency = Benchmarks.agency(jdbc, "BENCH-DEP", 100_000_000_000L, "DEPOSITS");
		long[][] tiers = { { 2000, 495 }, { 10000, 695 }, { 20000, 895 }, { 30000, 1195 } };
		for (long[] tier : tiers) {
			jdbc.sql("insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor) values (:c, 'ONLINE', :up, :fee)")
				.param("c", agency.contract()).param("up", tier[0]).param("fee", tier[1]).update();
		}
		return agency;
	}

	private static UUID inmate(JdbcClient jdbc, UUID agency, UUID facility, int n) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
				                              date_of_birth, facility_id, housing_unit_id, status, updated_at)
				values (:id, :agency, :number, 'Bench', 'Inmate', 'bench', 'inmate', null, :facility, null, 'ACTIVE', :now)""")
			.param("id", id).param("agency", agency).param("number", "D" + n).param("facility", facility)
			.param("now", OffsetDateTime.now()).update();
		return id;
	}

	/** Each family sends $20.00 to its own inmate, or every family to the first inmate. */
	private static String script(List<Benchmarks.Family> families, List<UUID> inmates, boolean oneInmate) {
		List<String> entries = new ArrayList<>();
		for (int f = 0; f < families.size(); f++) {
			entries.add("  {\"" + families.get(f).token() + "\", '{\"inmateId\":\"" + inmates.get(oneInmate ? 0 : f)
					+ "\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"" + families.get(f).card() + "\"}'},\n");
		}
		return Wrk.postRoundRobin("/api/v1/deposits", entries);
	}

	/** The writes of one deposit as a single plain SQL transaction: its record, its entry, its four balances. */
	private static double pgbench(JdbcClient jdbc, String database, UUID agency) throws Exception {
		jdbc.sql("create table public.bench_inmate as select row_number() over () as n, a.id as account, a.owner_id as inmate "
				+ "from ledger.account a where a.kind = 'INMATE_BALANCE'").update();
		int count = jdbc.sql("select count(*) from public.bench_inmate").query(Integer.class).single();
		UUID clearing = jdbc.sql("select id from ledger.account where kind = 'CARD_CLEARING'").query(UUID.class).single();
		UUID fees = jdbc.sql("select id from ledger.account where kind = 'FEE_REVENUE'").query(UUID.class).single();
		UUID commissions = jdbc.sql("select id from ledger.account where kind = 'COMMISSIONS_PAYABLE' and owner_id = :a")
			.param("a", agency).query(UUID.class).single();
		String script = """
				\\set n random(1, %d)
				\\set s1 random(0, 15)
				\\set s2 random(0, 15)
				\\set s3 random(0, 15)
				BEGIN;
				SELECT account AS a, inmate AS i FROM public.bench_inmate WHERE n = :n \\gset
				INSERT INTO deposits.deposit (id, kind, account_id, inmate_id, agency_id, amount_minor, fee_minor, commission_minor,
				  currency, payment_method_id, idempotency_key, request_hash, status, created_at)
				  VALUES (gen_random_uuid(), 'INMATE', gen_random_uuid(), :i, '%s', 2000, 495, 250, 'USD', gen_random_uuid(),
				  gen_random_uuid()::text, repeat('0', 64), 'PENDING', now()) RETURNING id AS d \\gset
				INSERT INTO ledger.entry (id, idempotency_key, request_hash, kind, description, recorded_at)
				  VALUES (gen_random_uuid(), gen_random_uuid()::text, repeat('0', 64), 'deposit', '20.00 + fee 4.95', now()) RETURNING id AS e \\gset
				INSERT INTO ledger.posting VALUES (:e, 0, '%s', 'USD', -2495), (:e, 1, :a, 'USD', 2000),
				  (:e, 2, '%s', 'USD', 245), (:e, 3, '%s', 'USD', 250);
				UPDATE ledger.balance SET balance_minor = balance_minor - 2495 WHERE account_id = '%s' AND shard = :s1;
				UPDATE ledger.balance SET balance_minor = balance_minor + 2000 WHERE account_id = :a AND shard = 0;
				UPDATE ledger.balance SET balance_minor = balance_minor + 245 WHERE account_id = '%s' AND shard = :s2;
				UPDATE ledger.balance SET balance_minor = balance_minor + 250 WHERE account_id = '%s' AND shard = :s3;
				UPDATE deposits.deposit SET status = 'COMPLETED', completed_at = now() WHERE id = :d;
				COMMIT;
				""".formatted(count, agency, clearing, fees, commissions, clearing, fees, commissions);
		return Benchmarks.pgbench(database, script, CLIENTS, SECONDS);
	}

}
