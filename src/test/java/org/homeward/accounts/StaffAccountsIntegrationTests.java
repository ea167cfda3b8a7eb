package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.homeward.Json;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PostgresIntegrationTest
class StaffAccountsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorInvitesChangesRolesAndDeactivatesStaffAllAudited() throws Exception {
		String email = "officer-" + UUID.randomUUID() + "@demo-doc.test";
		String created = as(SignedIn.DOC_ADMIN, post("/api/v1/agencies/DEMO-DOC/staff"),
				"{\"email\":\"%s\",\"displayName\":\"Visits Officer\",\"roles\":[\"VISITATION_OFFICER\"],\"facilityCode\":\"south\"}"
					.formatted(email))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles[0]").value("VISITATION_OFFICER"))
			.andExpect(jsonPath("$.facilityId").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = Json.id(created);

		String path = TestMail.path(TestMail.await(email, "Your Homeward staff account"), "/password-reset/");
		mvc.perform(post("/api/v1" + path.replace("/password-reset/", "/password-resets/"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"newPassword\":\"Officer#2026\",\"confirmPassword\":\"Officer#2026\"}"))
			.andExpect(status().isNoContent());
		signIn(email, "Officer#2026").andExpect(status().isCreated());

		as(SignedIn.DOC_ADMIN, put("/api/v1/agencies/DEMO-DOC/staff/" + id + "/roles"),
				"{\"roles\":[\"VISITATION_OFFICER\",\"MAILROOM_REVIEWER\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles.length()").value(2));
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_ADMIN, delete("/api/v1/agencies/DEMO-DOC/staff/" + id)))
			.andExpect(status().isNoContent());
		signIn(email, "Officer#2026").andExpect(status().isUnauthorized());

		var agency = directory.agencyByCode("DEMO-DOC").orElseThrow().id();
		assertThat(audit.newestOf(agency, 50)).extracting(r -> r.entry().action())
			.contains("staff.created", "staff.roles-changed", "staff.deactivated");
		AuditRecord change = audit.newestOf(agency, 50)
			.stream()
			.filter(r -> r.entry().action().equals("staff.roles-changed") && id.equals(r.entry().subject()))
			.findFirst()
			.orElseThrow();
		assertThat(change.entry().detail())
			.isEqualTo("[VISITATION_OFFICER] -> [MAILROOM_REVIEWER, VISITATION_OFFICER]");
		assertThat(change.entry().actorLabel()).isEqualTo("Demo DOC Administrator");
	}

	@Test
	void onlyTheAgencysAdministratorsAndOperatorsKeepItsStaff() throws Exception {
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_REVIEWER, get("/api/v1/agencies/DEMO-DOC/staff")))
			.andExpect(status().isForbidden());
		mvc.perform(SignedIn.as(mvc, SignedIn.FED_REVIEWER, get("/api/v1/agencies/DEMO-DOC/staff")))
			.andExpect(status().isNotFound());
		mvc.perform(SignedIn.as(mvc, SignedIn.OPERATOR, get("/api/v1/agencies/DEMO-DOC/staff")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.email == 'reviewer@demo-doc.test')].roles[0]").value("MAILROOM_REVIEWER"));
		as(SignedIn.DOC_ADMIN, post("/api/v1/agencies/DEMO-DOC/staff"),
				"{\"email\":\"x@demo-doc.test\",\"displayName\":\"X\",\"roles\":[\"WARDEN\"]}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void signInsAreAuditedAndTheChainHolds() throws Exception {
		signIn(SignedIn.DOC_INVESTIGATOR, "not-it").andExpect(status().isUnauthorized());
		signIn(SignedIn.DOC_INVESTIGATOR, SignedIn.STAFF_PASSWORD).andExpect(status().isCreated());
		UUID investigator = UUID.fromString("0a0c0000-0000-4000-8000-000000000003");
		assertThat(audit.newestBy(investigator, 2)).extracting(r -> r.entry().action())
			.containsExactly("sign-in.succeeded", "sign-in.failed");
		assertThat(audit.newestBy(investigator, 1).get(0).entry().from()).isNotBlank();
		assertThat(audit.firstBrokenLink()).isEqualTo(-1);
	}

	@Test
	void theDatabaseRefusesToEditTheAuditLog() {
		assertThatThrownBy(() -> jdbc.sql("update audit.entry set detail = 'edited'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.entry").update()).hasMessageContaining("append-only");
	}

	private ResultActions as(String who, MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(SignedIn.as(mvc, who, request).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions signIn(String email, String password) throws Exception {
		return mvc.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)));
	}

}
