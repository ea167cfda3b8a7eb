package org.homeward.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
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

	static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() >> 20)
				+ " MiB heap, Java " + System.getProperty("java.version");
	}

	/** Runs a pgbench script against the database; returns its transactions per second. */
	static double pgbench(String databaseUrl, String script, int clients, int seconds) throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("homeward-pgbench", ".sql");
		java.nio.file.Files.writeString(file, script);
		Process process = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", SERVER.split(":")[0], "-p",
				SERVER.split(":")[1], "-U", USER, "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f",
				file.toString(), databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1))
			.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
		java.nio.file.Files.deleteIfExists(file);
		java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([\\d.]+)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench failed: " + output);
		}
		return Double.parseDouble(tps.group(1));
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
