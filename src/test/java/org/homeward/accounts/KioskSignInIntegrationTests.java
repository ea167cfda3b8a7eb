package org.homeward.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PostgresIntegrationTest
class KioskSignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	void anInmateSignsInWithTheDemoPinAndOut() throws Exception {
		String body = kiosk("DEMO-DOC", "a100002", "2468").andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.transform(SignedIn::tokenFrom);
		mvc.perform(delete("/api/v1/kiosk/sessions/current").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/kiosk/sessions/current").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void wrongPinsUnknownNumbersAndOtherAgenciesAreRefusedAlike() throws Exception {
		kiosk("DEMO-DOC", "A100003", "1111").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong agency, inmate number or PIN."));
		kiosk("DEMO-DOC", "Z999999", "2468").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong agency, inmate number or PIN."));
		kiosk("DEMO-FED", "A100003", "2468").andExpect(status().isUnauthorized());
	}

	@Test
	void fiveWrongPinsLockUntilStaffResetThePin() throws Exception {
		for (int i = 0; i < 4; i++) {
			kiosk("DEMO-DOC", "A100005", "0000").andExpect(status().isUnauthorized());
		}
		kiosk("DEMO-DOC", "A100005", "0000").andExpect(status().isTooManyRequests());
		kiosk("DEMO-DOC", "A100005", "2468").andExpect(status().isTooManyRequests());

		String inmate = directory.findByStateAndNumber("FL", "A100005").get(0).id().toString();
		String path = "/api/v1/agencies/DEMO-DOC/inmates/" + inmate + "/pin";
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_INVESTIGATOR, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pin\":\"8642\"}")).andExpect(status().isForbidden());
		mvc.perform(SignedIn.as(mvc, SignedIn.FED_REVIEWER, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pin\":\"8642\"}")).andExpect(status().isNotFound());
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_REVIEWER, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pin\":\"12ab\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pin"));
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_REVIEWER, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pin\":\"8642\"}")).andExpect(status().isNoContent());

		kiosk("DEMO-DOC", "A100005", "2468").andExpect(status().isUnauthorized());
		kiosk("DEMO-DOC", "A100005", "8642").andExpect(status().isCreated());
	}

	@Test
	void aKioskTokenIsNotAFamilyOrStaffToken() throws Exception {
		String token = kiosk("DEMO-DOC", "A100006", "2468").andReturn()
			.getResponse()
			.getContentAsString()
			.transform(SignedIn::tokenFrom);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/inmates").param("q", "a").header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
	}

	private ResultActions kiosk(String agency, String number, String pin) throws Exception {
		return mvc.perform(post("/api/v1/kiosk/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"%s\",\"inmateNumber\":\"%s\",\"pin\":\"%s\"}".formatted(agency, number, pin)));
	}

}
