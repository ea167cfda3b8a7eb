package org.homeward.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Objects;

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

}
