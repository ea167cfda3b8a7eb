package org.homeward.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.shared.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class RestrictionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Restrictions restrictions;

	@Autowired
	Directory directory;

	@Test
	void aRestrictionAppliesUntilItsLastDay() {
		UUID inmate = directory.findByStateAndNumber("FL", "A100030").get(0).id();
		LocalDate today = LocalDate.now();
		restrictions.add(inmate, RestrictionKind.NO_VIDEO_VISITS, today.plusDays(3), "Disciplinary hearing",
				Caller.system("restrictions test"));

		assertThat(restrictions.isRestricted(inmate, RestrictionKind.NO_VIDEO_VISITS, today.plusDays(3))).isTrue();
		assertThat(restrictions.isRestricted(inmate, RestrictionKind.NO_VIDEO_VISITS, today.plusDays(4))).isFalse();
		assertThat(restrictions.isRestricted(inmate, RestrictionKind.NO_DEPOSITS, today)).isFalse();
	}

	@Test
	void facilityStaffRestrictTheirOwnInmatesOnly() throws Exception {
		String inmate = directory.findByStateAndNumber("FL", "A100031").get(0).id().toString();
		String body = "{\"kind\":\"NO_MESSAGING\",\"until\":\"%s\",\"reason\":\"Contraband in mail\"}"
			.formatted(LocalDate.now().plusDays(30));
		String path = "/api/v1/agencies/DEMO-DOC/inmates/" + inmate + "/restrictions";

		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_REVIEWER, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("NO_MESSAGING"));
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_INVESTIGATOR, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(SignedIn.as(mvc, SignedIn.FED_REVIEWER, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		String fedInmate = directory.findByStateAndNumber("US", "F200001").get(0).id().toString();
		mvc.perform(SignedIn
			.as(mvc, SignedIn.DOC_REVIEWER, post("/api/v1/agencies/DEMO-DOC/inmates/" + fedInmate + "/restrictions"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_INVESTIGATOR, get(path)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reason").value("Contraband in mail"));
	}

	@Test
	void restrictionsInThePastOrWithoutAReasonAreRefused() throws Exception {
		String inmate = directory.findByStateAndNumber("FL", "A100032").get(0).id().toString();
		String path = "/api/v1/agencies/DEMO-DOC/inmates/" + inmate + "/restrictions";
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_ADMIN, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"NO_MESSAGING\",\"until\":\"2001-01-01\",\"reason\":\"late\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_ADMIN, post(path))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"NO_MESSAGING\",\"reason\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

}
