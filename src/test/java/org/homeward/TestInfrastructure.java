package org.homeward;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the PostgreSQL test database before any test runs, if it is missing, so that
 * running the tests needs nothing but a PostgreSQL server (127.0.0.1:5432 by default;
 * {@code HOMEWARD_TEST_DB_URL}, {@code HOMEWARD_TEST_DB_USER} and
 * {@code HOMEWARD_TEST_DB_PASSWORD} point elsewhere).
 */
public class TestInfrastructure implements LauncherSessionListener {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/homeward_test";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String url = Objects.requireNonNullElse(System.getenv("HOMEWARD_TEST_DB_URL"), DEFAULT_URL);
		URI uri = URI.create(url.substring("jdbc:".length()));
		String database = uri.getPath().substring(1);
		String maintenanceUrl = "jdbc:postgresql://" + uri.getAuthority() + "/postgres";
		try (Connection connection = DriverManager.getConnection(maintenanceUrl,
				Objects.requireNonNullElse(System.getenv("HOMEWARD_TEST_DB_USER"), "postgres"),
				Objects.requireNonNullElse(System.getenv("HOMEWARD_TEST_DB_PASSWORD"), ""))) {
			if (!exists(connection, database)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("create database \"" + database.replace("\"", "") + "\"");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The tests need PostgreSQL at " + maintenanceUrl
					+ " (set HOMEWARD_TEST_DB_URL to use another server): " + ex.getMessage(), ex);
		}
	}

	private static boolean exists(Connection connection, String database) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			query.setString(1, database);
			try (ResultSet rs = query.executeQuery()) {
				return rs.next();
			}
		}
	}

}
