package org.homeward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.directory.TestAgencies;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Staff limited to one facility see and act on that facility only, everywhere: inmate
 * search, contact approvals, investigations, printed mail and the queue ages of their
 * home page; records of the agency's other facility answer 404 as another agency's would.
 */
@PostgresIntegrationTest
class FacilityScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffOfOneFacilitySeeOnlyIt() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "STAFF_APPROVED", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		UUID east = Correspondents.inmate(jdbc, agency, "EAST", "E" + suffix);
		UUID west = Correspondents.inmate(jdbc, agency, "WEST", "W" + suffix);
		String everywhere = Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER");
		String westOnly = scopedStaff(agency, "WEST");

		// inmate search
		String found = mvc
			.perform(get("/api/v1/agencies/" + code + "/inmates?q=ortega").header("Authorization", westOnly))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(found, "$[*].id")).containsExactly(west.toString());
		mvc.perform(get("/api/v1/agencies/" + code + "/inmates/" + east + "/restrictions").header("Authorization",
				westOnly))
			.andExpect(status().isNotFound());

		// contact approvals: a family asks for both
		Families.Family family = Families.register(mvc, "scope", null);
		UUID toEast = request(family, east);
		UUID toWest = request(family, west);
		String pending = mvc.perform(get("/api/v1/staff/contacts/pending").header("Authorization", westOnly))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(pending, "$.contacts[*].id")).contains(toWest.toString())
			.doesNotContain(toEast.toString());
		decide(westOnly, toEast).andExpect(status().isNotFound());
		decide(westOnly, toWest).andExpect(status().isOk());
		decide(everywhere, toEast).andExpect(status().isOk());

		// investigations: letters to both
		Families.buyStamps(mvc, family, code, 10);
		String word = "lantern" + suffix.toLowerCase();
		UUID letterEast = send(family, east, "A " + word + " for the east.");
		UUID letterWest = send(family, west, "A " + word + " for the west.");
		awaitStatus(letterEast, "DELIVERED");
		awaitStatus(letterWest, "DELIVERED");
		String investigator = scopedInvestigator(agency, "WEST");
		String search = mvc
			.perform(get("/api/v1/investigations/messages?q=" + word).header("Authorization", investigator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(search, "$[*].id")).containsExactly(letterWest.toString());
		mvc.perform(
				get("/api/v1/investigations/inmates/" + east + "/correspondents").header("Authorization", investigator))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/investigations/evidence").header("Authorization", investigator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"messageIds\":[\"" + letterEast + "\"]}")).andExpect(status().isNotFound());
	}

	private String scopedStaff(TenantId agency, String facility) throws Exception {
		return scoped(agency, facility, "MAILROOM_REVIEWER");
	}

	private String scopedInvestigator(TenantId agency, String facility) throws Exception {
		return scoped(agency, facility, "INVESTIGATOR");
	}

	private String scoped(TenantId agency, String facility, String role) throws Exception {
		String email = Correspondents.staffAccount(jdbc, agency, role);
		jdbc.sql(
				"""
						update accounts.account set facility_id = (select id from directory.facility where agency_id = :agency and code = :code)
						 where email = :email""")
			.param("agency", agency.value())
			.param("code", facility)
			.param("email", email)
			.update();
		return "Bearer " + SignedIn.token(mvc, email);
	}

	private UUID request(Families.Family family, UUID inmate) throws Exception {
		String answer = mvc
			.perform(post("/api/v1/contacts").header("Authorization", family.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"" + inmate + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(answer, "$.id"));
	}

	private ResultActions decide(String staff, UUID contact) throws Exception {
		return mvc.perform(post("/api/v1/staff/contacts/" + contact + "/decision").header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\"}"));
	}

	private UUID send(Families.Family family, UUID inmate, String body) throws Exception {
		String answer = mvc
			.perform(post("/api/v1/messages").header("Authorization", family.bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"body\":\"%s\",\"attachmentIds\":[],\"prepaidReply\":false}"
					.formatted(inmate, body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(answer, "$.id"));
	}

	private void awaitStatus(UUID message, String wanted) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			String status = jdbc.sql("select status from messaging.message where id = :id")
				.param("id", message)
				.query(String.class)
				.single();
			if (status.equals(wanted)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("message " + message + " never became " + wanted);
	}

}
