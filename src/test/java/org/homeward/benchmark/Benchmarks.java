package org.homeward.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.homeward.HomewardApplication;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every benchmark needs: a fresh PostgreSQL database and Homeward running on it. */
final class Benchmarks {

	static final String SERVER = Objects.requireNonNullElse(System.getenv("HOMEWARD_BENCH_DB_SERVER"), "127.0.0.1:5432");

	static final String USER = Objects.requireNonNullElse(System.getenv("HOMEWARD_BENCH_DB_USER"), "postgres");

	/** Concurrent connections of every load (wrk's and pgbench's). */
	static final int CLIENTS = Integer.getInteger("clients", 32);

	/** Seconds of each measured phase. */
	static final int SECONDS = Integer.getInteger("seconds", 20);

	/** The rows a hot ledger account's balance is spread over (as the ledger keeps them). */
	static final int HOT_SHARDS = 16;

	private Benchmarks() {
	}

	/** Drops and creates the database; returns its JDBC URL. */
	static String freshDatabase(String name) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		return "jdbc:postgresql://" + SERVER + "/" + name;
	}

	/** Starts Homeward on the database, with a real SMTP server (GreenMail) of its own to take its mail. */
	static ConfigurableApplicationContext start(String databaseUrl, String... extraProfiles) {
		String profiles = String.join(",", "postgres", String.join(",", extraProfiles)).replaceAll(",$", "");
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		SpringApplication application = new SpringApplication(HomewardApplication.class);
		// GreenMail's threads would keep the benchmark's JVM alive after the run: stop it with the application
		application.addListeners((ApplicationListener<ContextClosedEvent>) event -> smtp.stop());
		return application.run("--spring.profiles.active=" + profiles,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + USER,
				"--spring.datasource.password=", "--server.port=0", "--management.server.port=0",
				"--logging.level.root=warn", "--spring.main.banner-mode=off");
	}

	static String baseUrl(ConfigurableApplicationContext app) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return "http://127.0.0.1:" + port;
	}

	static void analyze(JdbcClient jdbc) {
		jdbc.sql("analyze").update();
	}

	/**
	 * What autovacuum does in production, done between the phases of a run when this server has it switched off (as
	 * a CI configuration may): statistics for the planner, so that plans made while the tables were empty (foreign-key
	 * and trigger queries included) are made again, and dead row versions of the balance rows cleared.
	 * @return whether it had to
	 */
	static boolean standInForAutovacuum(JdbcClient jdbc) {
		if (jdbc.sql("show autovacuum").query(String.class).single().equals("on")) {
			return false;
		}
		jdbc.sql("vacuum analyze").update();
		return true;
	}

	static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20)
				+ " MiB heap, Java " + System.getProperty("java.version");
	}

	/** Seconds of warm-up before anything is measured ({@code -Dwarmup=}). */
	static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 120);

	/**
	 * Runs the scripts in turns, 10 s each, for {@link #WARM_UP_SECONDS}: a Spring application on two cores is still
	 * compiling its hot paths for the first minute under load, and measured then it is much slower than it stays.
	 */
	static void warmUp(JdbcClient jdbc, String base, int clients, String... scripts) throws Exception {
		for (int done = 0; done < WARM_UP_SECONDS; ) {
			for (String script : scripts) {
				Wrk.run(base, clients, 10, script);
				done += 10;
			}
			standInForAutovacuum(jdbc);
		}
	}



	/** Waits until the outbox has handed every mail (the receipts of the load just run) to the SMTP server. */
	static double drainOutbox(JdbcClient jdbc) throws InterruptedException {
		long start = System.nanoTime();
		while (jdbc.sql("select count(*) from notifications.outbox where sent_at is null").query(Long.class).single() > 0) {
			if (System.nanoTime() - start > 300_000_000_000L) {
				throw new IllegalStateException("the outbox did not empty in 5 minutes");
			}
			Thread.sleep(200);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** What PostgreSQL did in a database: transactions committed, rows inserted and updated. */
	record DbWork(long transactions, long inserted, long updated) {

		DbWork minus(DbWork earlier) {
			return new DbWork(transactions - earlier.transactions, inserted - earlier.inserted, updated - earlier.updated);
		}

		/** Per unit of work: "a transactions, b rows inserted, c rows updated". */
		String per(long count) {
			return String.format("%.1f transactions, %.1f rows inserted, %.1f rows updated", (double) transactions / count,
					(double) inserted / count, (double) updated / count);
		}

	}

	/**
	 * PostgreSQL's own count of the database's work so far. Sessions report their counts when idle for a while (at
	 * most 10 s in PostgreSQL 15) or when they end, so this waits 11 s first.
	 */
	static DbWork dbWork(String databaseUrl) throws Exception {
		Thread.sleep(11_000);
		String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
		try (Connection connection = DriverManager.getConnection(databaseUrl, USER, "");
				java.sql.PreparedStatement statement = connection.prepareStatement(
						"select xact_commit, tup_inserted, tup_updated from pg_stat_database where datname = ?")) {
			statement.setString(1, name);
			try (java.sql.ResultSet rs = statement.executeQuery()) {
				rs.next();
				return new DbWork(rs.getLong(1), rs.getLong(2), rs.getLong(3));
			}
		}
	}

	/** Runs a pgbench script and measures PostgreSQL's work per transaction of it. */
	record Ceiling(double perSecond, String workPerTransaction) {
	}

	/**
	 * Keeps a pgbench script's families (the rows of {@code select}, numbered from 1 as {@code n}) in
	 * {@code public.bench_family}, indexed and analysed as the application's tables are.
	 * @return how many
	 */
	static int families(JdbcClient jdbc, String select, Map<String, ?> params) {
		jdbc.sql("create table public.bench_family as " + select).params(params).update();
		jdbc.sql("alter table public.bench_family add primary key (n)").update();
		analyze(jdbc);
		return jdbc.sql("select count(*) from public.bench_family").query(Integer.class).single();
	}

	/** The ledger's own check after a run: every unit sums to zero, every balance equals its postings. */
	static String books(org.homeward.ledger.Ledger ledger) {
		return "totals per unit " + ledger.totalsByUnit().values().stream().distinct().toList() + ", accounts out of balance "
				+ ledger.accountsOutOfBalance();
	}

	/** One measured phase of load, with what it left behind: its receipts to send, the JVM's and PostgreSQL's work. */
	record Phase(String name, LoadHarness.Result result, double drainSeconds, JvmWork jvm, DbWork work) {
	}

	/**
	 * On request ({@code -Dprofile=<directory>}), a CPU profile of this JVM during a measured load, all threads, Java
	 * and native frames (async-profiler): {@code <directory>/<phase>.html}, a flame graph, and {@code .collapsed}.
	 */
	record Profile(java.nio.file.@org.jspecify.annotations.Nullable Path file) {

		static Profile start(String phase) throws Exception {
			String directory = System.getProperty("profile");
			if (directory == null || directory.isBlank()) {
				return new Profile(null);
			}
			java.nio.file.Path file = java.nio.file.Files.createDirectories(java.nio.file.Path.of(directory))
				.resolve(phase.replaceAll("[^A-Za-z0-9]+", "-"));
			one.profiler.AsyncProfiler.getInstance().execute("start,event=cpu,interval=1ms");
			return new Profile(file);
		}

		void stop() throws Exception {
			if (file == null) {
				return;
			}
			one.profiler.AsyncProfiler profiler = one.profiler.AsyncProfiler.getInstance();
			profiler.execute("stop");
			profiler.execute("collapsed,file=" + file + ".collapsed");
			profiler.execute("flamegraph,file=" + file + ".html");
			System.out.println("profile of the load: " + file + ".html");
		}

	}

	/**
	 * The CPU time this JVM (Homeward, its SMTP server, the benchmark) spent during a load, in all and in Homeward's
	 * request threads; what is left is the outbox sender, the SMTP server, the JIT and the garbage collector.
	 */
	record JvmWork(long processNanos, long requestNanos, double seconds) {

		private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

		static JvmWork now() {
			long requests = 0;
			for (java.lang.management.ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
				if (thread != null && thread.getThreadName().startsWith("http-nio-") && thread.getThreadName().contains("-exec-")) {
					requests += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
				}
			}
			com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
			return new JvmWork(os.getProcessCpuTime(), requests, System.nanoTime() / 1e9);
		}

		JvmWork minus(JvmWork earlier) {
			return new JvmWork(processNanos - earlier.processNanos, requestNanos - earlier.requestNanos, seconds - earlier.seconds);
		}

		/** "x ms of CPU per unit, y in request threads; z of the machine's cores" */
		String per(long count) {
			return String.format("%.2f ms of CPU, %.2f of them in request threads (the JVM used %.2f of %d cores)",
					processNanos / 1e6 / count, requestNanos / 1e6 / count, processNanos / 1e9 / seconds,
					Runtime.getRuntime().availableProcessors());
		}

	}

	/**
	 * Runs the script for the given time after what autovacuum would have done, then waits for its receipts to leave
	 * the outbox, and measures PostgreSQL's work for the whole (receipts included).
	 */
	static Phase phase(JdbcClient jdbc, String database, String base, int clients, int seconds, String name, String script)
			throws Exception {
		standInForAutovacuum(jdbc);
		DbWork before = dbWork(database);
		JvmWork jvmBefore = JvmWork.now();
		Profile profile = Profile.start(name);
		LoadHarness.Result result = Wrk.run(base, clients, seconds, script);
		profile.stop();
		JvmWork jvm = JvmWork.now().minus(jvmBefore);
		double drain = drainOutbox(jdbc);
		return new Phase(name, result, drain, jvm, dbWork(database).minus(before));
	}

	/**
	 * Prints a run of two phases beside the ceiling for the same transaction and, for comparison, for its core writes
	 * alone. Targets: both phases at least 40% of the ceiling, the second at least 80% of the first.
	 */
	static void report(String title, String unit, Phase first, Phase second, Ceiling ceiling, String coreWrites, Ceiling core,
			String books, boolean vacuumed) {
		System.out.println();
		System.out.println("== " + title + " (" + machine() + ") ==");
		for (Phase phase : List.of(first, second)) {
			System.out.printf("%s: %s%n  receipts all sent %.1f s after the load; PostgreSQL per %s (receipts included): %s%n",
					phase.name(), phase.result(), phase.drainSeconds(), unit,
					phase.work().per(phase.result().requests()));
			System.out.printf("  this JVM per %s during the load: %s%n", unit, phase.jvm().per(phase.result().requests()));
		}
		System.out.printf("PostgreSQL ceiling, a %s's statements as pgbench runs them (%d clients): %,.0f per second%n", unit,
				CLIENTS, ceiling.perSecond());
		System.out.println("  PostgreSQL per pgbench " + unit + ": " + ceiling.workPerTransaction());
		System.out.printf("application / ceiling: %s %.1f%%, %s %.1f%% (target >= 40%%)%n", first.name(),
				100 * first.result().perSecond() / ceiling.perSecond(), second.name(),
				100 * second.result().perSecond() / ceiling.perSecond());
		System.out.printf("%s / %s: %.1f%% (target >= 80%%)%n", second.name(), first.name(),
				100 * second.result().perSecond() / first.result().perSecond());
		System.out.printf("for comparison, %s as one SQL transaction: %,.0f per second (%s at %.0f%%, %s at %.0f%% of it)%n",
				coreWrites, core.perSecond(), first.name(), 100 * first.result().perSecond() / core.perSecond(), second.name(),
				100 * second.result().perSecond() / core.perSecond());
		System.out.println("books after the run: " + books);
		if (vacuumed) {
			System.out.println("(this PostgreSQL runs without autovacuum: the benchmark ran VACUUM ANALYZE before each phase in its stead)");
		}
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
	static Ceiling ceiling(String databaseUrl, String name, String script) throws Exception {
		int clients = CLIENTS;
		int seconds = SECONDS;
		DbWork before = dbWork(databaseUrl);
		java.nio.file.Path file = java.nio.file.Path.of("target", "benchmark", name + ".sql");
		java.nio.file.Files.createDirectories(file.getParent());
		java.nio.file.Files.writeString(file, script);
		Process process = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", SERVER.split(":")[0], "-p",
				SERVER.split(":")[1], "-U", USER, "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f",
				file.toString(), databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1))
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
		java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([\\d.]+)").matcher(output);
		java.util.regex.Matcher done = java.util.regex.Pattern.compile("number of transactions actually processed: (\\d+)").matcher(output);
		if (!tps.find() || !done.find() || output.contains("aborted in command")) {
			throw new IllegalStateException("pgbench failed: " + output);
		}
		DbWork work = dbWork(databaseUrl).minus(before);
		return new Ceiling(Double.parseDouble(tps.group(1)), work.per(Long.parseLong(done.group(1))));
	}

	/**
	 * The statements of the API's sign-in check (the bearer token's session joined to its account) and the card
	 * charge through the sandbox gateway, as a pgbench script writes them: they open every purchase and deposit.
	 * Expects {@code :n} (a row of {@code public.bench_family}); sets {@code :account}, {@code :method}, {@code :card},
	 * and the fixture's columns named (read in the same statement, so that the fixture costs no statement of its own).
	 */
	static String signedInRequest(String fixtureColumns) {
		return """
				SELECT s.last_seen_at, a.id AS account, a.kind, a.display_name, a.agency_id, a.facility_id, b.method, b.card, %s
				  FROM public.bench_family b JOIN accounts.api_session s ON s.token_hash = b.token_hash
				  JOIN accounts.account a ON a.id = s.account_id WHERE b.n = :n AND s.ended_at IS NULL AND a.status = 'ACTIVE' \\gset
				""".formatted(fixtureColumns);
	}

	/** The card charge (its token read by the card check before): the charge recorded, the sandbox gateway's books, the outcome. Expects {@code :p}. */
	static String cardCharge(long amountMinor, String description) {
		return """
				INSERT INTO payments.charge (id, account_id, payment_method_id, amount_minor, currency, description, status,
				  refunded_minor, created_at, updated_at)
				  VALUES (:p, :account, :method, %d, 'USD', '%s', 'PENDING', 0, now(), now()) ON CONFLICT DO NOTHING;
				SELECT behaviour FROM payments.sandbox_card WHERE token = :card;
				INSERT INTO payments.sandbox_charge (idempotency_key, token, amount_minor, currency, outcome, reference, refunded_minor, created_at)
				  VALUES (CAST(:p AS text), :card, %d, 'USD', 'APPROVED', 'ch_' || md5(CAST(:p AS text)), 0, now()) ON CONFLICT DO NOTHING;
				UPDATE payments.charge SET status = 'CAPTURED', gateway_reference = coalesce('ch_' || md5(CAST(:p AS text)), gateway_reference),
				  decline_reason = NULL, updated_at = now() WHERE id = :p AND status IN ('PENDING', 'UNKNOWN');
				""".formatted(amountMinor, description, amountMinor);
	}

	/** The receipt put in the outbox, as long as the ones the application wrote. Expects {@code :email}. */
	static String receipt(JdbcClient jdbc) {
		Map<String, Object> sizes = jdbc.sql("""
				select max(subject) as subject, coalesce(round(avg(length(text_body))), 0) as text, coalesce(round(avg(length(html_body))), 0) as html
				  from notifications.outbox""").query().singleRow();
		return """
				INSERT INTO notifications.outbox (id, to_address, subject, text_body, html_body, created_at, next_attempt, attempts)
				  VALUES (gen_random_uuid(), :email, '%s', repeat('x', %s), repeat('x', %s), now(), now(), 0);
				""".formatted(String.valueOf(sizes.get("subject")).replace("'", "''"), sizes.get("text"), sizes.get("html"));
	}

	record Family(UUID id, String token, UUID card) {
	}

	/** A family member with a live API token and a saved sandbox card that approves every charge. */
	static Family family(JdbcClient jdbc, int n) throws Exception {
		UUID id = UUID.randomUUID();
		UUID card = UUID.randomUUID();
		String token = UUID.randomUUID() + "-" + UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("insert into accounts.account (id, kind, email, password_hash, display_name, status, created_at) values (:id, 'FAMILY', :email, 'x', 'Bench', 'ACTIVE', :now)")
			.param("id", id).param("email", "bench-" + n + "@example.com").param("now", now).update();
		jdbc.sql("insert into accounts.api_session (token_hash, account_id, created_at, last_seen_at) values (:hash, :id, :now, :now)")
			.param("hash", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))))
			.param("id", id).param("now", now).update();
		jdbc.sql("insert into payments.sandbox_card (token, behaviour, created_at) values (:token, 'APPROVE', :now)")
			.param("token", "tok_bench_" + n).param("now", now).update();
		jdbc.sql("""
				insert into payments.payment_method (id, account_id, gateway_token, brand, last4, expiry_month, expiry_year,
				  cardholder_name, address_line1, city, region, postal_code, country, created_at)
				values (:id, :account, :token, 'VISA', '4242', 12, 2030, 'Bench', '1 Main St', 'Miami', 'FL', '33101', 'US', :now)""")
			.param("id", card).param("account", id).param("token", "tok_bench_" + n).param("now", now).update();
		return new Family(id, token, card);
	}

	/** An agency of a benchmark with a facility MAIN, and the contract it returns the id of. */
	record BenchAgency(UUID id, UUID contract, UUID facility) {
	}

	/**
	 * An agency with an active OPEN contract (the demo's rules and prices, deposits limited per day to
	 * {@code dailyDepositMaxMinor}), one facility, and these services switched on.
	 */
	static BenchAgency agency(JdbcClient jdbc, String code, long dailyDepositMaxMinor, String... services) {
		UUID id = UUID.randomUUID();
		UUID contract = UUID.randomUUID();
		UUID facility = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("insert into directory.agency (id, code, name, state, kind, created_at) values (:id, :code, :code, 'ZZ', 'STATE', :now)")
			.param("id", id).param("code", code).param("now", now).update();
		jdbc.sql("insert into directory.facility (id, agency_id, code, name) values (:id, :agency, 'MAIN', 'Main Unit')")
			.param("id", facility).param("agency", id).update();
		jdbc.sql("""
				insert into contracts.contract (id, agency_id, status, starts_on, export_retention_days, contact_policy, contact_cap,
				  screening_policy, hold_all_photos, message_delivery, chars_per_page, max_chars, photos_allowed, max_photos,
				  stamps_per_page, stamps_per_photo, stamps_per_reply, currency, inmate_stamp_price_minor, deposit_max_minor,
				  deposit_daily_max_minor, deposit_30_day_max_minor, deposit_commission_minor, message_commission_minor, version, updated_at)
				values (:id, :agency, 'ACTIVE', date '2026-01-01', 365, 'OPEN', 30, 'HOLD_FLAGGED', false, 'ELECTRONIC', 6000, 30000,
				  true, 5, 1, 1, 1, 'USD', 45, 30000, :daily, :daily, 250, 5, 0, :now)""")
			.param("id", contract).param("agency", id).param("daily", dailyDepositMaxMinor).param("now", now).update();
		for (String service : services) {
			jdbc.sql("insert into contracts.service (contract_id, service, enabled) values (:id, :service, true)")
				.param("id", contract).param("service", service).update();
		}
		return new BenchAgency(id, contract, facility);
	}

}
