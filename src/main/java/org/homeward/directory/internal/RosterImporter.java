package org.homeward.directory.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.homeward.directory.RosterImportReport;
import org.homeward.directory.RosterImportReport.RowError;
import org.homeward.directory.RosterImports;
import org.homeward.directory.RosterMode;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a roster in one transaction: rows are validated and staged, then merged into the
 * inmates with a few set-based statements, so that two million rows take seconds of
 * database time rather than hours of row-by-row upserts. Unchanged rows are not touched,
 * which is what makes a repeated import change nothing.
 */
@Service
class RosterImporter implements RosterImports {

	private static final Logger log = LoggerFactory.getLogger(RosterImporter.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final DirectorySettings settings;

	private final Clock clock;

	RosterImporter(JdbcClient jdbc, DataSource dataSource, DirectorySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RosterImportReport importRoster(TenantId agency, String fileName, InputStream csv, RosterMode mode) {
		Instant startedAt = clock.instant();
		UUID importId = Ids.next();
		RosterParser parser = new RosterParser(facilities(agency), new HousingUnits(jdbc, agency.value()),
				LocalDate.ofInstant(startedAt, ZoneOffset.UTC), settings.rosterErrorsKept());
		try (RosterStaging staging = RosterStaging.open(dataSource, settings.rosterBatchSize())) {
			parser.parse(csv, staging::add);
			staging.flush();
			long staged = System.nanoTime();
			if (mode == RosterMode.FULL && staging.rows() == 0) {
				throw new InvalidInputException("file",
						"A full roster with no valid rows would release everyone; nothing was changed.");
			}
			recordImport(importId, agency, fileName, mode, startedAt);
			RosterMerge merge = new RosterMerge(jdbc, agency.value(), importId, startedAt);
			int transferred = merge.recordTransfers();
			int inserted = merge.countNew();
			int updated = merge.upsert() - inserted;
			int released = mode == RosterMode.FULL ? merge.releaseMissing() : 0;
			Instant finishedAt = clock.instant();
			double mergeSeconds = (System.nanoTime() - staged) / 1e9;
			RosterImportReport report = new RosterImportReport(importId, mode, startedAt, finishedAt, parser.rowsRead(),
					inserted, updated, transferred, released, parser.rejected(), List.copyOf(parser.errors()));
			complete(report);
			log.info(
					"Roster import {} for agency {}: {} rows, {} new, {} updated, {} transferred, {} released, {} rejected; "
							+ "merged in {} s",
					importId, agency, report.rowsRead(), inserted, updated, transferred, released, report.rejected(),
					String.format("%.1f", mergeSeconds));
			return report;
		}
	}

	private Map<String, UUID> facilities(TenantId agency) {
		Map<String, UUID> facilities = new HashMap<>();
		jdbc.sql("select id, code from directory.facility where agency_id = :agency")
			.param("agency", agency.value())
			.query(rs -> {
				facilities.put(rs.getString("code").toUpperCase(), rs.getObject("id", UUID.class));
			});
		return facilities;
	}

	private void recordImport(UUID importId, TenantId agency, String fileName, RosterMode mode, Instant startedAt) {
		jdbc.sql("""
				insert into directory.roster_import (id, agency_id, file_name, mode, started_at, finished_at,
				       rows_read, inserted, updated, transferred, released, rejected)
				values (:id, :agency, :file, :mode, :started, :started, 0, 0, 0, 0, 0, 0)""")
			.param("id", importId)
			.param("agency", agency.value())
			.param("file", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
			.param("mode", mode.name())
			.param("started", startedAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	private void complete(RosterImportReport report) {
		jdbc.sql("""
				update directory.roster_import set finished_at = :finished, rows_read = :rows, inserted = :inserted,
				       updated = :updated, transferred = :transferred, released = :released, rejected = :rejected
				 where id = :id""")
			.param("finished", report.finishedAt().atOffset(ZoneOffset.UTC))
			.param("rows", report.rowsRead())
			.param("inserted", report.inserted())
			.param("updated", report.updated())
			.param("transferred", report.transferred())
			.param("released", report.released())
			.param("rejected", report.rejected())
			.param("id", report.id())
			.update();
		for (RowError error : report.errors()) {
			jdbc.sql(
					"insert into directory.roster_import_error (import_id, row_number, reason) values (:id, :row, :reason)")
				.param("id", report.id())
				.param("row", error.row())
				.param("reason", error.reason().length() > 500 ? error.reason().substring(0, 500) : error.reason())
				.update();
		}
	}

}
