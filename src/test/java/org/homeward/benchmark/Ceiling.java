package org.homeward.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The machine's ceiling for a unit of work: pgbench running the statements the
 * application sends for it, on the same database, with as many clients as the load over
 * HTTP had; and PostgreSQL's own count of its work per transaction. The machine's speed
 * drifts from minute to minute, so pgbench runs {@link #RUNS} times and the fastest run
 * is the ceiling: a slow minute can only make the application's share look smaller, never
 * larger.
 *
 * @param runs every run's transactions per second, in order
 */
record Ceiling(double perSecond, String workPerTransaction, List<Double> runs) {

	/** How many times pgbench runs each script ({@code -DceilingRuns=}). */
	static final int RUNS = Integer.getInteger("ceilingRuns", 2);

	/**
	 * The rows a hot ledger account's balance is spread over (as the ledger keeps them).
	 */
	static final int HOT_SHARDS = 16;

	/**
	 * Keeps a pgbench script's families (the rows of {@code select}, numbered from 1 as
	 * {@code n}) in {@code public.bench_family}, indexed and analysed as the
	 * application's tables are.
	 * @return how many
	 */
	static int families(JdbcClient jdbc, String select, Map<String, ?> params) {
		jdbc.sql("create table public.bench_family as " + select).params(params).update();
		jdbc.sql("alter table public.bench_family add primary key (n)").update();
		Benchmarks.analyze(jdbc);
		return jdbc.sql("select count(*) from public.bench_family").query(Integer.class).single();
	}

	/**
	 * A pgbench script's opening: a random family {@code :n} and a random shard
	 * {@code :s1} … of each hot account.
	 */
	static String draws(int families, int hotAccounts) {
		StringBuilder draws = new StringBuilder("\\set n random(1, " + families + ")\n");
		for (int s = 1; s <= hotAccounts; s++) {
			draws.append("\\set s").append(s).append(" random(0, ").append(HOT_SHARDS - 1).append(")\n");
		}
		return draws.toString();
	}

	/**
	 * Runs the script (kept as {@code target/benchmark/<name>.sql} for reading) with
	 * pgbench, {@link #RUNS} times.
	 */
	static Ceiling measure(String databaseUrl, String name, String script) throws Exception {
		Path file = Path.of("target", "benchmark", name + ".sql");
		Files.createDirectories(file.getParent());
		Files.writeString(file, script);
		List<Ceiling> runs = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			runs.add(once(databaseUrl, file));
		}
		Ceiling best = runs.stream().max(Comparator.comparingDouble(Ceiling::perSecond)).orElseThrow();
		return new Ceiling(best.perSecond(), best.workPerTransaction(), runs.stream().map(Ceiling::perSecond).toList());
	}

	/** "340 per second (the fastest of 2 runs: 331, 340)" */
	@Override
	public String toString() {
		return String.format("%,.0f per second (the fastest of %d runs: %s)", perSecond, runs.size(),
				String.join(", ", runs.stream().map(r -> String.format("%,.0f", r)).toList()));
	}

	private static Ceiling once(String databaseUrl, Path file) throws Exception {
		int clients = Benchmarks.CLIENTS;
		int seconds = Benchmarks.SECONDS;
		Benchmarks.levelGround(databaseUrl);
		Benchmarks.DbWork before = Benchmarks.dbWork(databaseUrl);
		Process process = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", Benchmarks.SERVER.split(":")[0],
				"-p", Benchmarks.SERVER.split(":")[1], "-U", Benchmarks.USER, "-c", String.valueOf(clients), "-j", "2",
				"-T", String.valueOf(seconds), "-f", file.toString(),
				databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1))
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor(seconds + 60L, TimeUnit.SECONDS);
		Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(output);
		Matcher done = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(output);
		if (!tps.find() || !done.find() || output.contains("aborted in command")) {
			throw new IllegalStateException("pgbench failed: " + output);
		}
		Benchmarks.DbWork work = Benchmarks.dbWork(databaseUrl).minus(before);
		double perSecond = Double.parseDouble(tps.group(1));
		return new Ceiling(perSecond, work.per(Long.parseLong(done.group(1))), List.of(perSecond));
	}

}
