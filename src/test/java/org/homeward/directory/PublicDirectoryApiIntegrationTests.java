package org.homeward.directory;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homeward.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class PublicDirectoryApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsAgenciesWithoutSigningIn() throws Exception {
		mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'DEMO-DOC')].state").value("FL"))
			.andExpect(jsonPath("$[?(@.code == 'DEMO-FED')].kind").value("FEDERAL"));
	}

	@Test
	void findsAnInmateByStateAndExactNumber() throws Exception {
		mvc.perform(get("/api/v1/inmates").param("state", "FL").param("number", "A100001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].inmateNumber").value("A100001"))
			.andExpect(jsonPath("$[0].firstName").value("James"))
			.andExpect(jsonPath("$[0].lastName").value("Johnson"))
			.andExpect(jsonPath("$[0].facility.name").value("North Unit"))
			.andExpect(jsonPath("$[0].agency.code").value("DEMO-DOC"))
			.andExpect(jsonPath("$[0].agency.state").value("FL"))
			.andExpect(jsonPath("$[0].dateOfBirth").doesNotExist());
	}

	@Test
	void matchesNumbersIgnoringCaseAndSurroundingSpaces() throws Exception {
		mvc.perform(get("/api/v1/inmates").param("state", "fl").param("number", " a100021 "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].inmateNumber").value("A100021"))
			.andExpect(jsonPath("$[0].facility.name").value("South Unit"));
	}

	@Test
	void findsFederalInmatesUnderUs() throws Exception {
		mvc.perform(get("/api/v1/inmates").param("state", "US").param("number", "F200001"))
			.andExpect(jsonPath("$[0].agency.code").value("DEMO-FED"));
	}

	@Test
	void neitherPrefixesNorOtherStatesMatch() throws Exception {
		mvc.perform(get("/api/v1/inmates").param("state", "FL").param("number", "A10000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
		mvc.perform(get("/api/v1/inmates").param("state", "TX").param("number", "A100001"))
			.andExpect(jsonPath("$", empty()));
	}

	@Test
	void badParametersAreProblemDetailsNamingTheField() throws Exception {
		mvc.perform(get("/api/v1/inmates").param("state", "Florida").param("number", "A1;drop"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", hasItem("state")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("number")));
	}

	@Test
	void aMissingParameterIsNamed() throws Exception {
		mvc.perform(get("/api/v1/inmates").param("state", "FL"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("number"))
			.andExpect(jsonPath("$.trace").doesNotExist());
	}

}
