package org.homeward.directory.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The temporary table a roster is loaded into before one set-based merge into the
 * inmates. It lives on the transaction's connection and is dropped at commit. On
 * PostgreSQL rows go in through COPY; elsewhere through JDBC batches.
 */
abstract class RosterStaging implements AutoCloseable {

	static final String TABLE = "roster_staging";

	static final String COLUMNS = "inmate_id, inmate_number, first_name, last_name, first_name_key, last_name_key, "
			+ "date_of_birth, facility_id, housing_unit_id, status";

	private final List<RosterRow> batch = new ArrayList<>();

	private final int batchSize;

	private final DataSource dataSource;

	protected final Connection connection;

	private int rows;

	RosterStaging(DataSource dataSource, Connection connection, int batchSize) {
		this.dataSource = dataSource;
		this.connection = connection;
		this.batchSize = batchSize;
		execute("""
				create local temporary table roster_staging (
				    inmate_id uuid not null, inmate_number varchar(32) not null primary key,
				    first_name varchar(100) not null, last_name varchar(100) not null,
				    first_name_key varchar(100) not null, last_name_key varchar(100) not null,
				    date_of_birth date, facility_id uuid not null, housing_unit_id uuid, status varchar(16) not null
				) on commit drop""");
	}

	/** Opens the staging table on the current transaction's connection. */
	static RosterStaging open(DataSource dataSource, int batchSize) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
			return postgres ? new PostgresRosterStaging(dataSource, connection, batchSize)
					: new JdbcRosterStaging(dataSource, connection, batchSize);
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new IllegalStateException("cannot open the roster staging table", ex);
		}
	}

	void add(RosterRow row) {
		batch.add(row);
		rows++;
		if (batch.size() >= batchSize) {
			flush();
		}
	}

	int rows() {
		return rows;
	}

	/** Sends the rows still held; call before reading the table. */
	void flush() {
		if (!batch.isEmpty()) {
			try {
				write(batch);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot stage roster rows", ex);
			}
			batch.clear();
		}
	}

	protected abstract void write(List<RosterRow> rows) throws SQLException;

	protected void execute(String sql) {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("staging failed: " + sql, ex);
		}
	}

	@Override
	public void close() {
		DataSourceUtils.releaseConnection(connection, dataSource);
	}

}
