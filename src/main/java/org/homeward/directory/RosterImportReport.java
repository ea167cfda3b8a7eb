package org.homeward.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one roster import did. Importing the same file twice reports no inserts, updates,
 * transfers or releases the second time.
 *
 * @param rejected how many rows were refused; {@link #errors()} holds the first of them
 */
public record RosterImportReport(UUID id, RosterMode mode, Instant startedAt, Instant finishedAt, int rowsRead,
		int inserted, int updated, int transferred, int released, int rejected, List<RowError> errors) {

	/** A refused row: its line number in the file (the header is line 1) and why. */
	public record RowError(int row, String reason) {
	}

}
