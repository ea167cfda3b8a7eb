package org.homeward.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.directory.RosterImportReport.RowError;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster CSV row by row, validating each row on its own: a bad row is reported
 * with its line number and reason and the rest go on. Holds only the inmate numbers seen
 * so far, never the whole file.
 */
final class RosterParser {

	static final List<String> REQUIRED_COLUMNS = List.of("inmate_number", "last_name", "first_name", "date_of_birth",
			"facility_code", "housing_unit");

	private static final Set<String> STATUSES = Set.of("ACTIVE", "TRANSFERRED", "RELEASED");

	private static final Pattern NUMBER = Pattern.compile("[A-Z0-9-]{1,32}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

	private final Map<String, UUID> facilities;

	private final HousingUnits housingUnits;

	private final LocalDate today;

	private final Map<String, Integer> seen = new HashMap<>();

	private final List<RowError> errors = new ArrayList<>();

	private final int errorsKept;

	private int rowsRead;

	private int rejected;

	/**
	 * @param facilities the agency's facility ids by upper-case code
	 */
	RosterParser(Map<String, UUID> facilities, HousingUnits housingUnits, LocalDate today, int errorsKept) {
		this.facilities = facilities;
		this.housingUnits = housingUnits;
		this.today = today;
		this.errorsKept = errorsKept;
	}

	void parse(InputStream csv, Consumer<RosterRow> rows) {
		Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Map<String, Integer> columns = columns(parser.getHeaderNames());
			for (CSVRecord record : parser) {
				rowsRead++;
				int line = (int) record.getRecordNumber() + 1;
				RosterRow row = row(record, columns, line);
				if (row != null) {
					rows.accept(row);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new InvalidInputException("file",
					"The roster is not a readable CSV file near row " + (rowsRead + 2) + ": " + ex.getMessage());
		}
	}

	int rowsRead() {
		return rowsRead;
	}

	int rejected() {
		return rejected;
	}

	List<RowError> errors() {
		return errors;
	}

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).trim().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').trim(), i);
		}
		List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "The roster's header row lacks the columns " + missing
					+ "; expected " + REQUIRED_COLUMNS + " and optionally status.");
		}
		return columns;
	}

	private @Nullable RosterRow row(CSVRecord record, Map<String, Integer> columns, int line) {
		try {
			return validRow(record, columns, line);
		}
		catch (IllegalArgumentException ex) {
			rejected++;
			if (errors.size() < errorsKept) {
				errors.add(new RowError(line, ex.getMessage()));
			}
			return null;
		}
	}

	private RosterRow validRow(CSVRecord record, Map<String, Integer> columns, int line) {
		String number = value(record, columns, "inmate_number").toUpperCase(Locale.ROOT);
		require(NUMBER.matcher(number).matches(), "inmate_number must be 1 to 32 letters, digits or hyphens");
		String lastName = name(record, columns, "last_name");
		String firstName = name(record, columns, "first_name");
		LocalDate dateOfBirth = dateOfBirth(value(record, columns, "date_of_birth"));
		String facilityCode = value(record, columns, "facility_code").toUpperCase(Locale.ROOT);
		UUID facility = facilities.get(facilityCode);
		require(facility != null, "facility_code '" + facilityCode + "' is not a facility of this agency");
		String unit = value(record, columns, "housing_unit").toUpperCase(Locale.ROOT);
		require(unit.length() <= 64 && !CONTROL.matcher(unit).find(), "housing_unit must be at most 64 characters");
		String status = columns.containsKey("status") ? value(record, columns, "status").toUpperCase(Locale.ROOT) : "";
		require(status.isEmpty() || STATUSES.contains(status), "status must be ACTIVE, TRANSFERRED or RELEASED");
		Integer earlier = seen.putIfAbsent(number, line);
		require(earlier == null, "inmate_number " + number + " already appears on row " + earlier);
		return new RosterRow(Ids.next(), number, firstName, lastName, dateOfBirth, facility,
				unit.isEmpty() ? null : housingUnits.idOf(facility, unit), status.isEmpty() ? "ACTIVE" : status);
	}

	private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
		int index = columns.get(column);
		return index < record.size() ? record.get(index).trim() : "";
	}

	private static String name(CSVRecord record, Map<String, Integer> columns, String column) {
		String name = value(record, columns, column);
		require(!name.isEmpty(), column + " is required");
		require(name.length() <= 100, column + " must be at most 100 characters");
		require(!CONTROL.matcher(name).find(), column + " contains control characters");
		return name;
	}

	private @Nullable LocalDate dateOfBirth(String text) {
		if (text.isEmpty()) {
			return null;
		}
		LocalDate date;
		try {
			date = text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("date_of_birth '" + text + "' is not a date (use YYYY-MM-DD)");
		}
		require(date.isBefore(today) && date.getYear() >= 1900, "date_of_birth " + date + " is not plausible");
		return date;
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new IllegalArgumentException(reason);
		}
	}

}
