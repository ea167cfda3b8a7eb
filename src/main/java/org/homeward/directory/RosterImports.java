package org.homeward.directory;

import java.io.InputStream;

import org.homeward.shared.TenantId;

/**
 * Loads an agency's offender-management roster. The CSV file has a header row with the
 * columns
 * {@code inmate_number, last_name, first_name, date_of_birth, facility_code, housing_unit};
 * rows are upserted by inmate number, moves between facilities are recorded as transfers,
 * and bad rows are reported with their line number while the good rows load. The whole
 * import is one transaction.
 */
public interface RosterImports {

	/**
	 * @param csv the file's content in UTF-8; read to its end, not closed
	 * @throws org.homeward.shared.InvalidInputException when the file is not a roster at
	 * all (no header, wrong columns)
	 */
	RosterImportReport importRoster(TenantId agency, String fileName, InputStream csv, RosterMode mode);

}
