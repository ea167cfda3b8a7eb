package org.homeward.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homeward.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class FindInmatePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void landingPageOffersTheStatesWithAgencies() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"FL\">Florida</option>")))
			.andExpect(content().string(containsString("Federal (Bureau of Prisons)")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
	}

	@Test
	void searchShowsTheInmateWithFacility() throws Exception {
		mvc.perform(get("/find").param("state", "FL").param("number", "A100001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("James Johnson")))
			.andExpect(content().string(containsString("North Unit")))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/find").param("state", "FL").param("number", "A100001").header("HX-Request", "true"))
			.andExpect(content().string(containsString("James Johnson")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void explainsWhenNobodyIsFound() throws Exception {
		mvc.perform(get("/find").param("state", "FL").param("number", "Z999999"))
			.andExpect(content().string(containsString("No one with inmate number Z999999 was found in Florida")));
	}

	@Test
	void invalidInputIsExplainedOnThePage() throws Exception {
		mvc.perform(get("/find").param("state", "").param("number", "A100001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a state.")));
	}

	@Test
	void speaksSpanish() throws Exception {
		mvc.perform(get("/").param("lang", "es"))
			.andExpect(content().string(containsString("Encuentre a su ser querido")));
		mvc.perform(get("/").header("Accept-Language", "es-MX"))
			.andExpect(content().string(containsString("Número de recluso")));
	}

}
