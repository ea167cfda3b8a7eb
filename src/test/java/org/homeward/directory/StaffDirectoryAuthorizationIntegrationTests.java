package org.homeward.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.stream.Stream;

import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who may search DEMO-DOC's inmates and import its roster: its staff and operators may
 * search, only its administrator and operators may import, and another agency's staff are
 * told it does not exist.
 */
@PostgresIntegrationTest
class StaffDirectoryAuthorizationIntegrationTests {

	@Autowired
	MockMvc mvc;

	static Stream<Arguments> search() {
		return Stream.of(Arguments.of(null, 401), Arguments.of(SignedIn.DOC_REVIEWER, 200),
				Arguments.of(SignedIn.DOC_INVESTIGATOR, 200), Arguments.of(SignedIn.DOC_ADMIN, 200),
				Arguments.of(SignedIn.FED_REVIEWER, 404), Arguments.of(SignedIn.OPERATOR, 200));
	}

	static Stream<Arguments> rosterImport() {
		return Stream.of(Arguments.of(null, 401), Arguments.of(SignedIn.DOC_REVIEWER, 403),
				Arguments.of(SignedIn.DOC_INVESTIGATOR, 403), Arguments.of(SignedIn.DOC_ADMIN, 200),
				Arguments.of(SignedIn.FED_REVIEWER, 404), Arguments.of(SignedIn.OPERATOR, 200));
	}

	@ParameterizedTest(name = "{0} searching DEMO-DOC gets {1}")
	@MethodSource
	void search(String who, int expected) throws Exception {
		mvc.perform(signedIn(who, get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "johnson")))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} importing DEMO-DOC's roster gets {1}")
	@MethodSource
	void rosterImport(String who, int expected) throws Exception {
		String number = "Z" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv",
				("inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit\n" + number
						+ ",Tester,Pat,1980-01-01,NORTH,A-WING\n")
					.getBytes());
		mvc.perform(signedIn(who, multipart("/api/v1/agencies/DEMO-DOC/roster").file(file).param("mode", "PARTIAL")))
			.andExpect(status().is(expected));
	}

	@Test
	void theAdministratorsImportReportsItsRows() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "roster.csv", "text/csv",
				"inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit\n,NoNumber,Pat,,NORTH,\n"
					.getBytes());
		mvc.perform(signedIn(SignedIn.DOC_ADMIN,
				multipart("/api/v1/agencies/DEMO-DOC/roster").file(file).param("mode", "PARTIAL")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(2));
	}

	@Test
	void staffSearchShowsDatesOfBirthAndStatus() throws Exception {
		mvc.perform(
				signedIn(SignedIn.DOC_REVIEWER, get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "James Johnson")))
			.andExpect(jsonPath("$[0].inmateNumber").value("A100001"))
			.andExpect(jsonPath("$[0].dateOfBirth").value("1963-02-06"))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"));
	}

	@Test
	void unknownAgenciesAndBadQueriesAreClear() throws Exception {
		mvc.perform(signedIn(SignedIn.OPERATOR, get("/api/v1/agencies/NOPE/inmates").param("q", "a")))
			.andExpect(status().isNotFound());
		mvc.perform(signedIn(SignedIn.DOC_REVIEWER, get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("q"));
		mvc.perform(signedIn(SignedIn.DOC_ADMIN,
				multipart("/api/v1/agencies/DEMO-DOC/roster")
					.file(new MockMultipartFile("file", "r.csv", "text/csv", "name\nx\n".getBytes()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B signedIn(String who, B request) throws Exception {
		return who == null ? request : SignedIn.as(mvc, who, request);
	}

}
