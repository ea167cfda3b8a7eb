package org.homeward.directory.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

/**
 * Stages roster rows with JDBC batches: the portable way, used on the embedded database.
 */
final class JdbcRosterStaging extends RosterStaging {

	JdbcRosterStaging(DataSource dataSource, Connection connection, int batchSize) {
		super(dataSource, connection, batchSize);
	}

	@Override
	protected void write(List<RosterRow> rows) throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("insert into " + TABLE + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (RosterRow row : rows) {
				insert.setObject(1, row.candidateId());
				insert.setString(2, row.inmateNumber());
				insert.setString(3, row.firstName());
				insert.setString(4, row.lastName());
				insert.setString(5, row.firstNameKey());
				insert.setString(6, row.lastNameKey());
				if (row.dateOfBirth() == null) {
					insert.setNull(7, Types.DATE);
				}
				else {
					insert.setDate(7, Date.valueOf(row.dateOfBirth()));
				}
				insert.setObject(8, row.facilityId());
				insert.setObject(9, row.housingUnitId());
				insert.setString(10, row.status());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
