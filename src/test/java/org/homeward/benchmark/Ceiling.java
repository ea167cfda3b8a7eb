package org.homeward.benchmark;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The machine's ceiling for a unit of work: pgbench running the statements the application sends for it, on the same
 * database, with as many clients as the load over HTTP had; and PostgreSQL's own count of its work per transaction.
 */
record Ceiling(double perSecond, String workPerTransaction) {

	/** The rows a hot ledger account's balance is spread over (as the ledger keeps them). */
	static final int HOT_SHARDS = 16;

	/**
	 * Keeps a pgbench script's families (the rows of {@code select}, numbered from 1 as {@code n}) in
	 * {@code public.bench_family}, indexed and analysed as the application's tables are.
	 * @return how many
	 */
	static int families(JdbcClient jdbc, String select, Map<String, ?> params) {
		jdbc.sql("create table public.bench_family as " + select).params(params).update();
		jdbc.sql("alter table public.bench_family add primary key (n)").update();
		Benchmarks.analyze(jdbc);
		return jdbc.sql("select count(*) from public.bench_family").query(Integer.class).single();
	}

	/** A pgbench script's opening: a random family {@code :n} and a random shard {@code :s1} … of each hot account. */
	static String draws(int families, int hotAccounts) {
		StringBuilder draws = new StringBuilder("\\set n random(1, " + families + ")\n");
		for (int s = 1; s <= hotAccounts; s++) {
			draws.append("\\set s").append(s).append(" random(0, ").append(HOT_SHARDS - 1).append(")\n");
		}
		return draws.toString();
	}

	/** Runs the script (kept as {@code target/benchmark/<name>.sql} for reading) with pgbench. */
	static Ceiling measure(String databaseUrl, String name, String script) throws Exception {
		int clients = Benchmarks.CLIENTS;
		int seconds = Benchmarks.SECONDS;
		Benchmarks.DbWork before = Benchmarks.dbWork(databaseUrl);
		java.nio.file.Path file = java.nio.file.Path.of("target", "benchmark", name + ".sql");
		java.nio.file.Files.createDirectories(file.getParent());
		java.nio.file.Files.writeString(file, script);
		Process process = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", Benchmarks.SERVER.split(":")[0], "-p",
				Benchmarks.SERVER.split(":")[1], "-U", Benchmarks.USER, "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f",
				file.toString(), databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1))
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
		java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([\\d.]+)").matcher(output);
		java.util.regex.Matcher done = java.util.regex.Pattern.compile("number of transactions actually processed: (\\d+)").matcher(output);
		if (!tps.find() || !done.find() || output.contains("aborted in command")) {
			throw new IllegalStateException("pgbench failed: " + output);
		}
		Benchmarks.DbWork work = Benchmarks.dbWork(databaseUrl).minus(before);
		return new Ceiling(Double.parseDouble(tps.group(1)), work.per(Long.parseLong(done.group(1))));
	}

}
