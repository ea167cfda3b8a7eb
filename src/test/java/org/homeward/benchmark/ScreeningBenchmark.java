package org.homeward.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.homeward.messaging.Messages;
import org.homeward.screening.internal.ScreeningBench;
import org.homeward.shared.TenantId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Screening throughput on one thread (1,000-character messages against a 10,000-phrase
 * list: folding and the Aho-Corasick scan, what every message goes through), and
 * investigator search latency (p95) over 1,000,000 archived messages in PostgreSQL's
 * full-text index. Run with {@code scripts/benchmark screening}. Targets: at least 20,000
 * messages per second per core; search p95 under 200 ms.
 */
public final class ScreeningBenchmark {

	static final int SECONDS = Integer.getInteger("seconds", 10);

	static final int ARCHIVE = Integer.getInteger("archive", 1_000_000);

	static final int SEARCHES = Integer.getInteger("searches", 200);

	/**
	 * A vocabulary of 5,000 words; messages draw from it with a skew, as people's words
	 * do.
	 */
	private static final String[] WORDS = vocabulary(5_000);

	private static String[] vocabulary(int size) {
		Random random = new Random(7);
		String[] words = new String[size];
		for (int i = 0; i < size; i++) {
			StringBuilder word = new StringBuilder();
			for (int c = 0; c < 3 + random.nextInt(7); c++) {
				word.append((char) ('a' + random.nextInt(26)));
			}
			words[i] = word.toString();
		}
		return words;
	}

	/** A word, the frequent ones far more often than the rare ones (roughly Zipf). */
	private static String word(Random random) {
		return WORDS[(int) Math.min(WORDS.length - 1, Math.floor(Math.pow(WORDS.length, random.nextDouble())) - 1)];
	}

	public static void main(String[] args) throws Exception {
		Random random = new Random(42);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			bodies.add(body(random, 1_000));
		}
		ScreeningBench scanner = ScreeningBench.withPhrases(10_000, random);
		long warm = System.nanoTime() + 3_000_000_000L;
		int sink = 0;
		while (System.nanoTime() < warm) {
			sink += scanner.scan(bodies.get(Math.floorMod(sink, bodies.size())));
		}
		long scanned = 0;
		long start = System.nanoTime();
		long end = start + SECONDS * 1_000_000_000L;
		while (System.nanoTime() < end) {
			sink += scanner.scan(bodies.get((int) (scanned % bodies.size())));
			scanned++;
		}
		double perSecond = scanned / ((System.nanoTime() - start) / 1e9);

		String database = Benchmarks.freshDatabase("homeward_bench_screening");
		try (ConfigurableApplicationContext app = Benchmarks.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Fixtures.BenchAgency agency = Fixtures.agency(jdbc, "BENCH-SCR", 60000, "MESSAGING");
			long loading = System.nanoTime();
			archive(jdbc, agency, ARCHIVE);
			double loadSeconds = (System.nanoTime() - loading) / 1e9;
			Messages messages = app.getBean(Messages.class);
			long[] latencies = new long[SEARCHES];
			for (int i = 0; i < 20; i++) {
				messages.search(new TenantId(agency.id()), search(random), 50);
			}
			for (int i = 0; i < SEARCHES; i++) {
				long t = System.nanoTime();
				messages.search(new TenantId(agency.id()), search(random), 50);
				latencies[i] = System.nanoTime() - t;
			}
			Arrays.sort(latencies);
			double p50 = latencies[SEARCHES / 2] / 1e6;
			double p95 = latencies[(int) (SEARCHES * 0.95)] / 1e6;

			System.out.println();
			System.out.println("== Screening benchmark (" + Benchmarks.machine() + ") ==");
			System.out.printf(
					"screening, one thread, 1,000-character messages, 10,000 phrases: %,.0f messages per second (target >= 20,000): %s%n",
					perSecond, perSecond >= 20_000 ? "met" : "NOT met");
			System.out.printf("archive: %,d messages loaded and indexed in %.0f s%n", ARCHIVE, loadSeconds);
			System.out.printf(
					"investigator search (two words, ranked, 50 results), %d searches: p50 %.1f ms, p95 %.1f ms (target < 200 ms): %s%n",
					SEARCHES, p50, p95, p95 < 200 ? "met" : "NOT met");
			System.out.println("(scan checksum " + sink + ")");
		}
	}

	private static Messages.Search search(Random random) {
		return new Messages.Search(word(random) + " " + word(random), null, null, null, null, null);
	}

	private static String body(Random random, int length) {
		StringBuilder body = new StringBuilder();
		while (body.length() < length) {
			body.append(word(random)).append(random.nextInt(12) == 0 ? ". " : " ");
		}
		return body.substring(0, length);
	}

	/**
	 * Archived messages written straight into the table (as years of mail would be), then
	 * analysed.
	 */
	private static void archive(JdbcClient jdbc, Fixtures.BenchAgency agency, int count) {
		String vocabulary = "array['" + String.join("','", WORDS) + "']";
		jdbc.sql(
				"""
						insert into messaging.message (id, direction, sender_id, account_id, inmate_id, agency_id, facility_id, body, stamps,
						                               prepaid_reply, reply_stamp, status, idempotency_key, request_hash, sent_at, privileged)
						select gen_random_uuid(), 'TO_INMATE', a, a, i, :agency, :facility,
						       (select string_agg((%s)[least(%d, floor(power(%d, random()))::int)], ' ') from generate_series(1, 40 + (n %% 3)) w),
						       1, false, 'NONE', 'DELIVERED', 'bench-' || n, repeat('0', 64), now() - (n || ' minutes')::interval, false
						  from generate_series(1, :count) n,
						       lateral (select gen_random_uuid() as a, gen_random_uuid() as i) ids"""
					.formatted(vocabulary, WORDS.length, WORDS.length))
			.param("agency", agency.id())
			.param("facility", agency.facility())
			.param("count", count)
			.update();
		jdbc.sql("analyze messaging.message").update();
	}

}
