package org.homeward.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.homeward.PostgresIntegrationTest;
import org.homeward.directory.RosterImportReport.RowError;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresIntegrationTest
class RosterImportIntegrationTests {

	static final String HEADER = "inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit\n";

	@Autowired
	RosterImports rosters;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	TenantId agency;

	/**
	 * Inmate numbers in these tests are made unique per test, since earlier runs'
	 * agencies stay in the database.
	 */
	String prefix;

	@BeforeEach
	void newAgency() {
		agency = TestAgencies.create(jdbc, "TX");
		prefix = TestAgencies.code(jdbc, agency).substring(2) + "-";
	}

	@Test
	void loadsGoodRowsAndReportsBadOnesByLineNumber() {
		RosterImportReport report = load(RosterMode.FULL, HEADER + """
				C1,Peña,José,1980-04-01,EAST,A-1
				C2,O'Brien,Siobhan,4/15/1975,west,
				,Nobody,Noname,1990-01-01,EAST,A-1
				C3,Smith,John,2090-01-01,EAST,A-1
				C4,Doe,Jane,1985-01-01,NORTH,A-1
				C1,Peña,Again,1980-04-01,EAST,A-1
				C5,"Quoted, Name",Ann,,EAST,B-2
				""");

		assertThat(report.rowsRead()).isEqualTo(7);
		assertThat(report.inserted()).isEqualTo(3);
		assertThat(report.rejected()).isEqualTo(4);
		assertThat(report.errors()).extracting(RowError::row).containsExactly(4, 5, 6, 7);
		assertThat(report.errors().get(0).reason()).contains("inmate_number");
		assertThat(report.errors().get(1).reason()).contains("date_of_birth");
		assertThat(report.errors().get(2).reason()).contains("facility_code 'NORTH'");
		assertThat(report.errors().get(3).reason()).contains("already appears on row 2");

		InmateView jose = find("C1").get(0);
		assertThat(jose.lastName()).isEqualTo("Peña");
		assertThat(jose.housingUnit()).isEqualTo("A-1");
		assertThat(find("C5").get(0).lastName()).isEqualTo("Quoted, Name");
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		String roster = HEADER + "D1,Lee,Kim,1970-01-01,EAST,U1\nD2,Park,Min,1971-02-02,WEST,U2\n";
		load(RosterMode.FULL, roster);
		OffsetDateTime updatedAt = jdbc.sql("select max(updated_at) from directory.inmate where agency_id = :a")
			.param("a", agency.value())
			.query(OffsetDateTime.class)
			.single();

		RosterImportReport again = load(RosterMode.FULL, roster);

		assertThat(List.of(again.inserted(), again.updated(), again.transferred(), again.released())).containsOnly(0);
		assertThat(jdbc.sql("select max(updated_at) from directory.inmate where agency_id = :a")
			.param("a", agency.value())
			.query(OffsetDateTime.class)
			.single()).isEqualTo(updatedAt);
	}

	@Test
	void aMoveBetweenFacilitiesIsATransfer() {
		load(RosterMode.FULL, HEADER + "E1,Lee,Kim,1970-01-01,EAST,U1\nE2,Park,Min,1971-02-02,EAST,U1\n");

		RosterImportReport report = load(RosterMode.FULL,
				HEADER + "E1,Lee,Kim,1970-01-01,WEST,U9\nE2,Park,Min,1971-02-02,EAST,U1\n");

		assertThat(report.transferred()).isEqualTo(1);
		assertThat(report.updated()).isEqualTo(1);
		InmateView kim = find("E1").get(0);
		assertThat(kim.facility().code()).isEqualTo("WEST");
		assertThat(jdbc.sql("select count(*) from directory.inmate_transfer where inmate_id = :id")
			.param("id", kim.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFullRosterReleasesWhoeverItNoLongerListsAndAPartialOneDoesNot() {
		load(RosterMode.FULL,
				HEADER + "F1,Lee,Kim,1970-01-01,EAST,\nF2,Park,Min,1971-02-02,EAST,\nF3,Cho,Yu,1972-03-03,EAST,\n");

		RosterImportReport partial = load(RosterMode.PARTIAL, HEADER + "F1,Lee,Kim,1970-01-01,EAST,\n");
		assertThat(partial.released()).isZero();

		RosterImportReport full = load(RosterMode.FULL, HEADER + "F1,Lee,Kim,1970-01-01,EAST,\n");
		assertThat(full.released()).isEqualTo(2);
		assertThat(find("F2")).isEmpty();
		assertThat(directory.searchByName(agency, "park", 10)).extracting(InmateView::status)
			.containsExactly(InmateStatus.RELEASED);

		RosterImportReport readmitted = load(RosterMode.PARTIAL, HEADER + "F2,Park,Min,1971-02-02,WEST,\n");
		assertThat(readmitted.updated()).isEqualTo(1);
		assertThat(readmitted.transferred()).isZero();
		assertThat(find("F2")).hasSize(1);
	}

	@Test
	void anExplicitStatusColumnIsHonoured() {
		RosterImportReport report = load(RosterMode.PARTIAL,
				"inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit,status\n"
						+ "G1,Lee,Kim,,EAST,,TRANSFERRED\nG2,Park,Min,,EAST,,ESCAPED\n");
		assertThat(report.inserted()).isEqualTo(1);
		assertThat(report.errors()).extracting(RowError::reason)
			.containsExactly("status must be ACTIVE, TRANSFERRED or RELEASED");
		assertThat(find("G1")).isEmpty();
	}

	@Test
	void aFileWithoutTheColumnsIsRefusedWhole() {
		assertThatThrownBy(() -> load(RosterMode.FULL, "number,name\nH1,Kim\n"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("inmate_number");
	}

	@Test
	void aFullRosterWithNoValidRowsReleasesNobody() {
		load(RosterMode.FULL, HEADER + "I1,Lee,Kim,1970-01-01,EAST,\n");
		assertThatThrownBy(() -> load(RosterMode.FULL, HEADER + "I2,Lee,Kim,1970-01-01,NOWHERE,\n"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(find("I1")).hasSize(1);
	}

	@Test
	void staffSearchIgnoresAccentsCaseAndWordOrder() {
		load(RosterMode.FULL, HEADER + "J1,Peña,José,,EAST,\nJ2,Penalver,Ana,,EAST,\nJ3,Smith,Joseph,,WEST,\n");

		assertThat(directory.searchByName(agency, "PENA", 10)).extracting(InmateView::inmateNumber)
			.containsExactly(prefix + "J1", prefix + "J2");
		assertThat(directory.searchByName(agency, "jose peña", 10)).extracting(InmateView::inmateNumber)
			.containsExactly(prefix + "J1");
		assertThat(directory.searchByName(agency, "Peña, Jos", 10)).extracting(InmateView::inmateNumber)
			.containsExactly(prefix + "J1");
		assertThat(directory.searchByName(agency, prefix.toLowerCase() + "j3", 10)).extracting(InmateView::inmateNumber)
			.containsExactly(prefix + "J3");
		TenantId other = TestAgencies.create(jdbc, "TX");
		assertThat(directory.searchByName(other, "pena", 10)).isEmpty();
	}

	private RosterImportReport load(RosterMode mode, String csv) {
		String numbered = csv.replaceAll("(?m)^([A-Z]\\d),", prefix + "$1,");
		return rosters.importRoster(agency, "roster.csv",
				new ByteArrayInputStream(numbered.getBytes(StandardCharsets.UTF_8)), mode);
	}

	private List<InmateView> find(String number) {
		return directory.findByStateAndNumber("TX", prefix + number);
	}

}
