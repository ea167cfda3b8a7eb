package org.homeward.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.Unit;
import org.homeward.shared.TenantId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages sent per second end to end over HTTP, with 32 connections and 1,000-character
 * bodies: each request checks the token, the contact and the contract, records the
 * message, spends its stamp in the ledger and publishes the screening event; screening
 * then delivers it. Prints throughput and latency, how long the last message took to be
 * delivered, and the books afterwards. Run with {@code scripts/benchmark messages}.
 * Target: p99 under 50 ms.
 */
public final class MessagesBenchmark {

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final int SECONDS = Integer.getInteger("seconds", 20);

	static final int FAMILIES = Integer.getInteger("families", 400);

	public static void main(String[] args) throws Exception {
		String database = Benchmarks.freshDatabase("homeward_bench_messages");
		try (ConfigurableApplicationContext app = Benchmarks.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Ledger ledger = app.getBean(Ledger.class);
			Fixtures.BenchAgency bench = Fixtures.agency(jdbc, "BENCH-MSG", 60000, "MESSAGING");
			UUID agency = bench.id();
			UUID facility = bench.facility();
			List<String> entries = new ArrayList<>();
			for (int f = 0; f < FAMILIES; f++) {
				entries.add(pair(jdbc, ledger, agency, facility, f));
			}
			Benchmarks.analyze(jdbc);
			String base = Benchmarks.baseUrl(app);
			Wrk.run(base, CLIENTS, 5, Wrk.postRoundRobin("/api/v1/messages", entries));
			LoadHarness.Result result = Wrk.run(base, CLIENTS, SECONDS,
					Wrk.postRoundRobin("/api/v1/messages", entries));
			Instant waiting = Instant.now();
			while (jdbc.sql("select count(*) from messaging.message where status = 'SCREENING'")
				.query(Integer.class)
				.single() > 0 && Duration.between(waiting, Instant.now()).toSeconds() < 120) {
				Thread.sleep(200);
			}
			int screening = jdbc.sql("select count(*) from messaging.message where status = 'SCREENING'")
				.query(Integer.class)
				.single();
			int delivered = jdbc.sql("select count(*) from messaging.message where status = 'DELIVERED'")
				.query(Integer.class)
				.single();

			System.out.println();
			System.out.println("== Messages benchmark (" + Benchmarks.machine() + ", " + FAMILIES + " families, "
					+ CLIENTS + " clients, 1,000-character bodies) ==");
			System.out.println("messages sent over HTTP: " + result);
			System.out.printf("p99 %.1f ms (target < 50 ms): %s%n", result.p99Ms(),
					result.p99Ms() < 50 ? "met" : "NOT met");
			System.out.printf("after the run: %,d delivered, %,d still screening %.1f s after the load stopped%n",
					delivered, screening, Duration.between(waiting, Instant.now()).toMillis() / 1000.0);
			System.out.println("books after the run: totals per unit "
					+ ledger.totalsByUnit().values().stream().distinct().toList() + ", accounts out of balance "
					+ ledger.accountsOutOfBalance());
		}
	}

	/**
	 * A family with a session token, an active contact with an inmate of their own, and a
	 * million stamps.
	 */
	private static String pair(JdbcClient jdbc, Ledger ledger, UUID agency, UUID facility, int n) throws Exception {
		Fixtures.Member member = Fixtures.signedInMember(jdbc, n);
		UUID family = member.id();
		String token = member.token();
		UUID inmate = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql(
				"""
						insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
						                              date_of_birth, facility_id, housing_unit_id, status, updated_at)
						values (:id, :agency, :number, 'Bench', 'Inmate', 'bench', 'inmate', null, :facility, null, 'ACTIVE', :now)""")
			.param("id", inmate)
			.param("agency", agency)
			.param("number", "B" + n)
			.param("facility", facility)
			.param("now", now)
			.update();
		jdbc.sql("""
				insert into contacts.contact (id, account_id, inmate_id, agency_id, status, created_at, updated_at)
				values (:id, :family, :inmate, :agency, 'ACTIVE', :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("family", family)
			.param("inmate", inmate)
			.param("agency", agency)
			.param("now", now)
			.update();
		Unit stamps = Unit.stamps(new TenantId(agency));
		ledger.post(new PostEntry("bench-grant:" + family, "stamp-grant", "benchmark stamps",
				List.of(new PostEntry.Line(new AccountKey(AccountKind.STAMPS_ISSUED, stamps, agency), -1_000_000),
						new PostEntry.Line(new AccountKey(AccountKind.FAMILY_STAMPS, stamps, family), 1_000_000))));
		return "  {\"" + token + "\", '{\"inmateId\":\"" + inmate + "\",\"body\":\"" + "x".repeat(1000)
				+ "\",\"attachmentIds\":[],\"prepaidReply\":false}'},\n";
	}

}
