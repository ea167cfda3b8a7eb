package org.homeward.benchmark;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.ledger.Ledger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deposits per second end to end over HTTP with 32 connections (token, fee quote from the
 * tier table, limits checked under row locks, card charged through the sandbox gateway,
 * one ledger entry, receipt in the outbox): spread over 400 inmates, and all to one
 * inmate (its limit row and balance hot). Beside them, the machine's ceiling for the same
 * transaction: pgbench running a deposit's statements on the same database, with Homeward
 * stopped. Run with {@code scripts/benchmark deposits}. Targets: at least 40% of the
 * ceiling; one inmate at least 80% of spread.
 */
public final class DepositsBenchmark {

	static final int CLIENTS = Benchmarks.CLIENTS;

	static final int SECONDS = Benchmarks.SECONDS;

	static final int FAMILIES = Integer.getInteger("families", 400);

	public static void main(String[] args) throws Exception {
		Benchmarks.runOn("homeward_bench_deposits", DepositsBenchmark::run);
	}

	private static void run(String database, ConfigurableApplicationContext app) throws Exception {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		Fixtures.BenchAgency bench = agency(jdbc);
		UUID agency = bench.id();
		UUID facility = bench.facility();
		List<Fixtures.Family> families = new ArrayList<>();
		List<UUID> inmates = new ArrayList<>();
		for (int f = 0; f < FAMILIES; f++) {
			families.add(Fixtures.family(jdbc, f));
			inmates.add(inmate(jdbc, agency, facility, f));
		}
		Benchmarks.analyze(jdbc);
		String base = Benchmarks.baseUrl(app);
		Benchmarks.warmUp(jdbc, base, CLIENTS, script(families, inmates, false), script(families, inmates, true));
		Benchmarks.drainWarmUp(jdbc);
		boolean vacuumed = Benchmarks.standInForAutovacuum(jdbc);
		Benchmarks.Phase spread = Benchmarks.phase(jdbc, database, base, CLIENTS, SECONDS,
				"spread over " + FAMILIES + " inmates", script(families, inmates, false));
		Benchmarks.Phase one = Benchmarks.phase(jdbc, database, base, CLIENTS, SECONDS, "all to one inmate",
				script(families, inmates, true));
		String books = Benchmarks.books(app.getBean(Ledger.class));
		String depositScript = depositScript(jdbc, agency);
		String ledgerScript = ledgerScript(jdbc, agency);
		// the ceilings are measured with Homeward stopped, so that nothing else runs
		// beside pgbench
		app.close();
		Benchmarks.report("Deposits benchmark, deposits over HTTP, " + FAMILIES + " families", "deposit", spread, one,
				Ceiling.measure(database, "deposit", depositScript), "the deposit row and its ledger entry alone",
				Ceiling.measure(database, "deposit-ledger", ledgerScript), books, vacuumed);
	}

	/**
	 * An agency with deposits on, the demo fee tiers, and limits too high to stop a
	 * benchmark.
	 */
	private static Fixtures.BenchAgency agency(JdbcClient jdbc) {
		Fixtures.BenchAgency agency = Fixtures.agency(jdbc, "BENCH-DEP", 100_000_000_000L, "DEPOSITS");
		long[][] tiers = { { 2000, 495 }, { 10000, 695 }, { 20000, 895 }, { 30000, 1195 } };
		for (long[] tier : tiers) {
			jdbc.sql(
					"insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor) values (:c, 'ONLINE', :up, :fee)")
				.param("c", agency.contract())
				.param("up", tier[0])
				.param("fee", tier[1])
				.update();
		}
		return agency;
	}

	private static UUID inmate(JdbcClient jdbc, UUID agency, UUID facility, int n) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
						                              date_of_birth, facility_id, housing_unit_id, status, updated_at)
						values (:id, :agency, :number, 'Bench', 'Inmate', 'bench', 'inmate', null, :facility, null, 'ACTIVE', :now)""")
			.param("id", id)
			.param("agency", agency)
			.param("number", "D" + n)
			.param("facility", facility)
			.param("now", OffsetDateTime.now())
			.update();
		return id;
	}

	/**
	 * Each family sends $20.00 to its own inmate, or every family to the first inmate.
	 */
	private static String script(List<Fixtures.Family> families, List<UUID> inmates, boolean oneInmate) {
		List<String> entries = new ArrayList<>();
		for (int f = 0; f < families.size(); f++) {
			entries.add("  {\"" + families.get(f).token() + "\", '{\"inmateId\":\"" + inmates.get(oneInmate ? 0 : f)
					+ "\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"},\"paymentMethodId\":\""
					+ families.get(f).card() + "\"}'},\n");
		}
		return Wrk.postRoundRobin("/api/v1/deposits", entries);
	}

	/**
	 * One deposit as the application asks PostgreSQL for it, statement for statement and
	 * in the same transactions, with the same round trips (batched statements pipelined):
	 * the sign-in check; one transaction for the idempotency lookup, the inmate, the card
	 * check, the pending charge, the deposit recorded and counted in the day's totals
	 * within the limits (the rows deposits queue on, locked last); the sandbox gateway's
	 * books; then one transaction for the charge's answer, the deposit completed, the
	 * receipt (its reader, the outbox) and the ledger entry. Family n sends to inmate n,
	 * as in the spread run.
	 */
	private static String depositScript(JdbcClient jdbc, UUID agency) {
		LedgerAccounts accounts = ledgerAccounts(jdbc, agency);
		int families = Ceiling.families(jdbc,
				"""
						select row_number() over () as n, s.token_hash, m.id as method, m.gateway_token as card, i.id as inmate, b.id as balance
						  from accounts.api_session s join accounts.account a on a.id = s.account_id
						  join payments.payment_method m on m.account_id = a.id
						  join directory.inmate i on i.inmate_number = 'D' || substr(a.email, 7, position('@' in a.email) - 7)
						  join ledger.account b on b.owner_id = i.id and b.kind = 'INMATE_BALANCE'""",
				Map.of());
		return """
				%s\
				%s\
				BEGIN;
				SELECT * FROM deposits.deposit WHERE account_id = :account AND idempotency_key = 'not-used-before';
				%s WHERE i.id = :inmate;
				SELECT gateway_token FROM payments.payment_method WHERE id = :method AND account_id = :account AND deleted_at IS NULL;
				INSERT INTO payments.charge (id, account_id, payment_method_id, amount_minor, currency, description, status,
				  refunded_minor, created_at, updated_at)
				  VALUES (gen_random_uuid(), :account, :method, 2495, 'USD', 'Homeward: money for D0 (BENCH-DEP)', 'PENDING', 0, now(), now())
				  ON CONFLICT DO NOTHING RETURNING id AS p \\gset
				INSERT INTO deposits.deposit (id, kind, account_id, inmate_id, supervision_id, obligation, agency_id, amount_minor,
				  fee_minor, commission_minor, currency, payment_method_id, idempotency_key, request_hash, status, recurring_id, created_at)
				  VALUES (:p, 'INMATE', :account, :inmate, NULL, NULL, '%s', 2000, 495, 250, 'USD', :method,
				  CAST(gen_random_uuid() AS text), repeat('0', 64), 'PENDING', NULL, now()) ON CONFLICT DO NOTHING;
				\\startpipeline
				UPDATE deposits.daily_total SET amount_minor = amount_minor + 2000 WHERE owner_id = least(CAST(:account AS uuid), CAST(:inmate AS uuid))
				  AND on_day = current_date AND amount_minor + 2000 <= 100000000000 AND amount_minor + 2000 + (SELECT coalesce(sum(earlier.amount_minor), 0)
				  FROM deposits.daily_total earlier WHERE earlier.owner_id = least(CAST(:account AS uuid), CAST(:inmate AS uuid))
				  AND earlier.on_day >= current_date - 29 AND earlier.on_day < current_date) <= 100000000000;
				UPDATE deposits.daily_total SET amount_minor = amount_minor + 2000 WHERE owner_id = greatest(CAST(:account AS uuid), CAST(:inmate AS uuid))
				  AND on_day = current_date AND amount_minor + 2000 <= 100000000000 AND amount_minor + 2000 + (SELECT coalesce(sum(earlier.amount_minor), 0)
				  FROM deposits.daily_total earlier WHERE earlier.owner_id = greatest(CAST(:account AS uuid), CAST(:inmate AS uuid))
				  AND earlier.on_day >= current_date - 29 AND earlier.on_day < current_date) <= 100000000000;
				\\endpipeline
				COMMIT;
				%s\
				BEGIN;
				%s\
				UPDATE deposits.deposit SET status = 'COMPLETED', decline_reason = coalesce(NULL, decline_reason), completed_at = now()
				  WHERE id = :p AND status IN ('PENDING', 'UNKNOWN');
				SELECT a.id, a.email, a.display_name, a.status, p.language FROM accounts.account a
				  LEFT JOIN accounts.family_profile p ON p.account_id = a.id WHERE a.id = :account \\gset
				%s\
				INSERT INTO ledger.entry (id, idempotency_key, request_hash, kind, description, reverses, recorded_at)
				  VALUES (gen_random_uuid(), 'deposit:' || :p, repeat('0', 64), 'deposit', '20.00 USD + fee 4.95 USD', NULL, now())
				  ON CONFLICT DO NOTHING RETURNING id AS e \\gset
				INSERT INTO ledger.posting (entry_id, line, account_id, unit, amount_minor)
				  VALUES (:e, 0, '%s', 'USD', -2495), (:e, 1, :balance, 'USD', 2000), (:e, 2, '%s', 'USD', 245), (:e, 3, '%s', 'USD', 250);
				\\startpipeline
				UPDATE ledger.balance SET balance_minor = balance_minor + -2495 WHERE account_id = '%s' AND shard = :s1 AND (true OR balance_minor + -2495 >= 0);
				UPDATE ledger.balance SET balance_minor = balance_minor + 2000 WHERE account_id = :balance AND shard = :s4 AND (true OR balance_minor + 2000 >= 0);
				UPDATE ledger.balance SET balance_minor = balance_minor + 245 WHERE account_id = '%s' AND shard = :s2 AND (true OR balance_minor + 245 >= 0);
				UPDATE ledger.balance SET balance_minor = balance_minor + 250 WHERE account_id = '%s' AND shard = :s3 AND (true OR balance_minor + 250 >= 0);
				\\endpipeline
				COMMIT;
				"""
			.formatted(Ceiling.draws(families, 4), Fixtures.signedInRequest("b.inmate, b.balance"), INMATE_SELECT,
					agency, Fixtures.chargeSent(2495), Fixtures.chargeCaptured(), Fixtures.receipt(jdbc),
					accounts.clearing(), accounts.fees(), accounts.commissions(), accounts.clearing(), accounts.fees(),
					accounts.commissions());
	}

	/** The directory's read of one inmate, as the application sends it. */
	private static final String INMATE_SELECT = """
			SELECT i.id, i.inmate_number, i.first_name, i.last_name, i.date_of_birth, i.status, a.id AS agency_id, a.code AS agency_code,
			  a.name AS agency_name, a.state, a.kind, f.id AS facility_id, f.code AS facility_code, f.name AS facility_name,
			  h.code AS housing_unit FROM directory.inmate i JOIN directory.agency a ON a.id = i.agency_id
			  JOIN directory.facility f ON f.id = i.facility_id LEFT JOIN directory.housing_unit h ON h.id = i.housing_unit_id""";

	/**
	 * The writes of a deposit's row and ledger entry alone as one plain SQL transaction.
	 */
	private static String ledgerScript(JdbcClient jdbc, UUID agency) {
		LedgerAccounts accounts = ledgerAccounts(jdbc, agency);
		int families = jdbc.sql("select count(*) from public.bench_family").query(Integer.class).single();
		return """
				%s\
				BEGIN;
				SELECT balance AS a, inmate AS i FROM public.bench_family WHERE n = :n \\gset
				INSERT INTO deposits.deposit (id, kind, account_id, inmate_id, agency_id, amount_minor, fee_minor, commission_minor,
				  currency, payment_method_id, idempotency_key, request_hash, status, created_at)
				  VALUES (gen_random_uuid(), 'INMATE', gen_random_uuid(), :i, '%s', 2000, 495, 250, 'USD', gen_random_uuid(),
				  gen_random_uuid()::text, repeat('0', 64), 'PENDING', now()) RETURNING id AS d \\gset
				INSERT INTO ledger.entry (id, idempotency_key, request_hash, kind, description, recorded_at)
				  VALUES (gen_random_uuid(), gen_random_uuid()::text, repeat('0', 64), 'deposit', '20.00 + fee 4.95', now()) RETURNING id AS e \\gset
				INSERT INTO ledger.posting VALUES (:e, 0, '%s', 'USD', -2495), (:e, 1, :a, 'USD', 2000),
				  (:e, 2, '%s', 'USD', 245), (:e, 3, '%s', 'USD', 250);
				UPDATE ledger.balance SET balance_minor = balance_minor - 2495 WHERE account_id = '%s' AND shard = :s1;
				UPDATE ledger.balance SET balance_minor = balance_minor + 2000 WHERE account_id = :a AND shard = :s4;
				UPDATE ledger.balance SET balance_minor = balance_minor + 245 WHERE account_id = '%s' AND shard = :s2;
				UPDATE ledger.balance SET balance_minor = balance_minor + 250 WHERE account_id = '%s' AND shard = :s3;
				UPDATE deposits.deposit SET status = 'COMPLETED', completed_at = now() WHERE id = :d;
				COMMIT;
				"""
			.formatted(Ceiling.draws(families, 4), agency, accounts.clearing(), accounts.fees(), accounts.commissions(),
					accounts.clearing(), accounts.fees(), accounts.commissions());
	}

	private record LedgerAccounts(UUID clearing, UUID fees, UUID commissions) {
	}

	private static LedgerAccounts ledgerAccounts(JdbcClient jdbc, UUID agency) {
		return new LedgerAccounts(
				jdbc.sql("select id from ledger.account where kind = 'CARD_CLEARING'").query(UUID.class).single(),
				jdbc.sql("select id from ledger.account where kind = 'FEE_REVENUE'").query(UUID.class).single(),
				jdbc.sql("select id from ledger.account where kind = 'COMMISSIONS_PAYABLE' and owner_id = :a")
					.param("a", agency)
					.query(UUID.class)
					.single());
	}

}
