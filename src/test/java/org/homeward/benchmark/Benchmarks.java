package org.homeward.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.homeward.HomewardApplication;
import org.homeward.ledger.Ledger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** What every benchmark needs: a fresh PostgreSQL database and Homeward running on it. */
final class Benchmarks {

	static final String SERVER = Objects.requireNonNullElse(System.getenv("HOMEWARD_BENCH_DB_SERVER"),
			"127.0.0.1:5432");

	static final String USER = Objects.requireNonNullElse(System.getenv("HOMEWARD_BENCH_DB_USER"), "postgres");

	/** Concurrent connections of every load (wrk's and pgbench's). */
	static final int CLIENTS = Integer.getInteger("clients", 32);

	/** Seconds of each measured phase. */
	static final int SECONDS = Integer.getInteger("seconds", 20);

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

	/** A benchmark's body, given its database's URL and Homeward running on it. */
	interface Body {

		void run(String database, ConfigurableApplicationContext app) throws Exception;

	}

	/**
	 * Runs the body on a fresh database of that name with Homeward started on it. If the
	 * body fails, Homeward is closed, as its threads would otherwise keep the JVM alive
	 * and the failure would never be reported.
	 */
	static void runOn(String databaseName, Body body) throws Exception {
		String database = freshDatabase(databaseName);
		ConfigurableApplicationContext app = start(database);
		try {
			body.run(database, app);
		}
		catch (Exception | Error failed) {
			app.close();
			throw failed;
		}
	}

	/**
	 * Starts Homeward on the database, with a real SMTP server (GreenMail) of its own to
	 * take its mail.
	 */
	static ConfigurableApplicationContext start(String databaseUrl, String... extraProfiles) {
		String profiles = String.join(",", "postgres", String.join(",", extraProfiles)).replaceAll(",$", "");
		GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		SpringApplication application = new SpringApplication(HomewardApplication.class);
		// GreenMail's threads would keep the benchmark's JVM alive after the run: stop it
		// with the application
		// (a listener whose event type is declared: a lambda's cannot be read, and it
		// would be
		// called, and fail its cast, for every event of every request)
		application.addListeners(new ApplicationListener<ContextClosedEvent>() {

			@Override
			public void onApplicationEvent(ContextClosedEvent event) {
				smtp.stop();
			}

		});
		return application.run("--spring.profiles.active=" + profiles, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--spring.datasource.url=" + databaseUrl,
				"--spring.datasource.username=" + USER, "--spring.datasource.password=", "--server.port=0",
				"--management.server.port=0", "--homeward.accounts.secret-key=" + UUID.randomUUID() + UUID.randomUUID(),
				"--logging.level.root=warn", "--spring.main.banner-mode=off",
				// one benchmark family uploads hundreds of photos in minutes
				"--homeward.messaging.uploads-per-hour=100000",
				// the load comes from one address and a few tokens
				"--homeward.web.rate-limit.signed-in-per-minute=100000000",
				"--homeward.web.rate-limit.anonymous-per-minute=100000000");
	}

	static String baseUrl(ConfigurableApplicationContext app) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return "http://127.0.0.1:" + port;
	}

	static void analyze(JdbcClient jdbc) {
		jdbc.sql("analyze").update();
	}

	/**
	 * What autovacuum does in production, done between the phases of a run when this
	 * server has it switched off (as a CI configuration may): statistics for the planner,
	 * so that plans made while the tables were empty (foreign-key and trigger queries
	 * included) are made again, and dead row versions of the balance rows cleared.
	 * @return whether it had to
	 */
	static boolean standInForAutovacuum(JdbcClient jdbc) {
		if (jdbc.sql("show autovacuum").query(String.class).single().equals("on")) {
			return false;
		}
		jdbc.sql("vacuum analyze").update();
		return true;
	}

	/**
	 * What every measured run (a phase over HTTP, a pgbench run) starts from, so that
	 * none inherits what the one before left: the stand-in for autovacuum where it is
	 * off, then a checkpoint, so that the dirty pages of the run before are written out
	 * before, not during, this one.
	 */
	static void levelGround(String databaseUrl) throws Exception {
		try (Connection connection = DriverManager.getConnection(databaseUrl, USER, "");
				Statement statement = connection.createStatement()) {
			try (ResultSet autovacuum = statement.executeQuery("show autovacuum")) {
				autovacuum.next();
				if (!autovacuum.getString(1).equals("on")) {
					statement.execute("vacuum analyze");
				}
			}
			statement.execute("checkpoint");
		}
	}

	static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20)
				+ " MiB heap, Java " + System.getProperty("java.version");
	}

	/** Seconds of warm-up at least ({@code -Dwarmup=}). */
	static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 120);

	/**
	 * Seconds of warm-up at most ({@code -DwarmupMax=}), should the JIT compiler not
	 * settle.
	 */
	static final int WARM_UP_MAX_SECONDS = Integer.getInteger("warmupMax", 420);

	/**
	 * The JIT compiler has settled when it compiles for less than this share of a turn's
	 * time.
	 */
	static final double JIT_SETTLED = 0.05;

	/**
	 * Runs the scripts in turns, 10 s each, for at least {@link #WARM_UP_SECONDS} and
	 * then until the JIT compiler has settled (at most {@link #WARM_UP_MAX_SECONDS}). On
	 * two cores a Spring application is still compiling its hot paths minutes into the
	 * load, taking CPU from the requests; a server that runs for days is measured once
	 * that is over. Prints how long it took.
	 */
	static void warmUp(JdbcClient jdbc, String base, int clients, String... scripts) throws Exception {
		int done = 0;
		double compiling = 1;
		while (done < WARM_UP_SECONDS || (compiling >= JIT_SETTLED && done < WARM_UP_MAX_SECONDS)) {
			JvmWork before = JvmWork.now();
			for (String script : scripts) {
				Wrk.run(base, clients, 10, script);
				done += 10;
			}
			compiling = JvmWork.now().minus(before).compiling();
			standInForAutovacuum(jdbc);
		}
		System.out.printf("warm-up: %d s of load; the JIT compiler was busy %.0f%% of the last turn%s%n", done,
				100 * compiling,
				compiling >= JIT_SETTLED ? " (not settled: the phases still share the CPU with it)" : "");
	}

	/**
	 * Waits until the outbox has handed every mail (the receipts of the load just run) to
	 * the SMTP server.
	 */
	static double drainOutbox(JdbcClient jdbc) throws InterruptedException {
		return drainOutbox(jdbc, 5);
	}

	/**
	 * Waits until the receipts of the warm-up have left the outbox (under minutes of load
	 * the sender falls behind), and prints how long that took.
	 */
	static void drainWarmUp(JdbcClient jdbc) throws InterruptedException {
		long waiting = jdbc.sql("select count(*) from notifications.outbox where sent_at is null")
			.query(Long.class)
			.single();
		System.out.printf("receipts of the warm-up still in the outbox: %,d, all sent %.0f s later%n", waiting,
				drainOutbox(jdbc, 20));
	}

	private static double drainOutbox(JdbcClient jdbc, int minutes) throws InterruptedException {
		long start = System.nanoTime();
		while (jdbc.sql("select count(*) from notifications.outbox where sent_at is null")
			.query(Long.class)
			.single() > 0) {
			if (System.nanoTime() - start > minutes * 60_000_000_000L) {
				throw new IllegalStateException("the outbox did not empty in " + minutes + " minutes");
			}
			Thread.sleep(200);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * What PostgreSQL did in a database: transactions committed, rows inserted and
	 * updated.
	 */
	record DbWork(long transactions, long inserted, long updated) {

		DbWork minus(DbWork earlier) {
			return new DbWork(transactions - earlier.transactions, inserted - earlier.inserted,
					updated - earlier.updated);
		}

		/** Per unit of work: "a transactions, b rows inserted, c rows updated". */
		String per(long count) {
			return String.format("%.1f transactions, %.1f rows inserted, %.1f rows updated",
					(double) transactions / count, (double) inserted / count, (double) updated / count);
		}

	}

	/**
	 * PostgreSQL's own count of the database's work so far. Sessions report their counts
	 * when idle for a while (at most 10 s in PostgreSQL 15) or when they end, so this
	 * waits 11 s first.
	 */
	static DbWork dbWork(String databaseUrl) throws Exception {
		Thread.sleep(11_000);
		String name = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
		try (Connection connection = DriverManager.getConnection(databaseUrl, USER, "");
				PreparedStatement statement = connection.prepareStatement(
						"select xact_commit, tup_inserted, tup_updated from pg_stat_database where datname = ?")) {
			statement.setString(1, name);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return new DbWork(rs.getLong(1), rs.getLong(2), rs.getLong(3));
			}
		}
	}

	/**
	 * The ledger's own check after a run: every unit sums to zero, every balance equals
	 * its postings.
	 */
	static String books(Ledger ledger) {
		return "totals per unit " + ledger.totalsByUnit().values().stream().distinct().toList()
				+ ", accounts out of balance " + ledger.accountsOutOfBalance();
	}

	/**
	 * One measured phase of load, with what it left behind: its receipts to send, the
	 * JVM's and PostgreSQL's work.
	 */
	record Phase(String name, LoadHarness.Result result, double drainSeconds, JvmWork jvm, DbWork work) {
	}

	/**
	 * Runs the script for the given time on level ground ({@link #levelGround}), then
	 * waits for its receipts to leave the outbox, and measures PostgreSQL's work for the
	 * whole (receipts included).
	 */
	static Phase phase(JdbcClient jdbc, String database, String base, int clients, int seconds, String name,
			String script) throws Exception {
		levelGround(database);
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
	 * Prints a run of two phases beside the ceiling for the same transaction and, for
	 * comparison, for its core writes alone. Targets: both phases at least 40% of the
	 * ceiling, the second at least 80% of the first.
	 */
	static void report(String title, String unit, Phase first, Phase second, Ceiling ceiling, String coreWrites,
			Ceiling core, String books, boolean vacuumed) {
		System.out.println();
		System.out.println("== " + title + " (" + machine() + ") ==");
		for (Phase phase : List.of(first, second)) {
			System.out.printf(
					"%s: %s%n  receipts all sent %.1f s after the load; PostgreSQL per %s (receipts included): %s%n",
					phase.name(), phase.result(), phase.drainSeconds(), unit,
					phase.work().per(phase.result().requests()));
			System.out.printf("  this JVM per %s during the load: %s%n", unit,
					phase.jvm().per(phase.result().requests()));
		}
		System.out.printf("PostgreSQL ceiling, a %s's statements as pgbench runs them (%d clients): %s%n", unit,
				CLIENTS, ceiling);
		System.out.println("  PostgreSQL per pgbench " + unit + ": " + ceiling.workPerTransaction());
		System.out.printf("application / ceiling: %s %.1f%%, %s %.1f%% (target >= 40%%)%n", first.name(),
				100 * first.result().perSecond() / ceiling.perSecond(), second.name(),
				100 * second.result().perSecond() / ceiling.perSecond());
		System.out.printf("%s / %s: %.1f%% (target >= 80%%)%n", second.name(), first.name(),
				100 * second.result().perSecond() / first.result().perSecond());
		System.out.printf(
				"for comparison, %s as one SQL transaction: %,.0f per second (%s at %.0f%%, %s at %.0f%% of it)%n",
				coreWrites, core.perSecond(), first.name(), 100 * first.result().perSecond() / core.perSecond(),
				second.name(), 100 * second.result().perSecond() / core.perSecond());
		System.out.println("books after the run: " + books);
		if (vacuumed) {
			System.out.println(
					"(this PostgreSQL runs without autovacuum: the benchmark ran VACUUM ANALYZE before each phase in its stead)");
		}
	}

}
