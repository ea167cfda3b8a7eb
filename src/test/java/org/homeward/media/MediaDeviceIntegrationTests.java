package org.homeward.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.ledger.Ledger;
import org.homeward.messaging.Correspondents;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Tablets: staff register them and issue one to an inmate, who signs in on it with its
 * secret and their PIN and finds what they bought; a swap for a new tablet, or a transfer
 * to another facility, leaves every entitlement in place; the old tablet no longer signs
 * in; one tablet per inmate; another agency's staff cannot see them.
 */
@PostgresIntegrationTest
class MediaDeviceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Test
	void aSwappedTabletGetsEveryPurchaseBack() throws Exception {
		String number = "T" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		MediaFixtures.fund(ledger, inmate, 500);
		MediaFixtures.buy(mvc, Correspondents.kiosk(mvc, "DEMO-DOC", number), MediaFixtures.MORNING_YARD, "t")
			.andExpect(status().isCreated());
		String staff = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER);

		String first = register(staff, "TB-" + number + "-A");
		String second = register(staff, "TB-" + number + "-B");
		String firstId = JsonPath.read(first, "$.device.id");
		String secondId = JsonPath.read(second, "$.device.id");
		assertThat(JsonPath.<String>read(first, "$.device.status")).isEqualTo("IN_STOCK");
		register(staff, "TB-" + number + "-A", status().isConflict());

		act(staff, firstId, "issue", "{\"inmateId\":\"" + inmate + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.inmateId").value(inmate.toString()));
		// one tablet each
		act(staff, secondId, "issue", "{\"inmateId\":\"" + inmate + "\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inmate-has-tablet"));

		String tablet = tabletSignIn("TB-" + number + "-A", JsonPath.read(first, "$.secret"), "2468");
		assertThat(titles(tablet)).containsExactly("Morning Yard");
		// a wrong secret is refused as a wrong PIN is
		mvc.perform(post("/api/v1/tablet/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"serial\":\"TB-%s-A\",\"secret\":\"guess\",\"pin\":\"2468\"}".formatted(number)))
			.andExpect(status().isUnauthorized());

		act(staff, firstId, "swap", "{\"replacementId\":\"" + secondId + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(secondId))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.inmateId").value(inmate.toString()));
		mvc.perform(post("/api/v1/tablet/sessions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"serial\":\"TB-%s-A\",\"secret\":\"%s\",\"pin\":\"2468\"}".formatted(number,
					JsonPath.<String>read(first, "$.secret"))))
			.andExpect(status().isUnauthorized());
		String replacement = tabletSignIn("TB-" + number + "-B", JsonPath.read(second, "$.secret"), "2468");
		assertThat(titles(replacement)).containsExactly("Morning Yard");
		assertThat(jdbc.sql("select status from media.device where id = :id")
			.param("id", UUID.fromString(firstId))
			.query(String.class)
			.single()).isEqualTo("BROKEN");
		assertThat(jdbc.sql("select count(*) from audit.entry where subject = :id and action like 'device.%'")
			.param("id", firstId)
			.query(Integer.class)
			.single()).isEqualTo(3);

		// transferred to South Unit (which has no tablets): what was bought stays the
		// inmate's
		jdbc.sql("""
				update directory.inmate set facility_id = (select id from directory.facility where code = 'SOUTH'
				  and agency_id = directory.inmate.agency_id) where id = :id""").param("id", inmate).update();
		assertThat(titles(Correspondents.kiosk(mvc, "DEMO-DOC", number))).containsExactly("Morning Yard");

		// another agency's staff see none of these
		String fed = "Bearer " + SignedIn.token(mvc, SignedIn.FED_REVIEWER);
		act(fed, secondId, "take-back", null).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/devices").header("Authorization", fed))
			.andExpect(jsonPath("$[?(@.id == '" + secondId + "')]").isEmpty());
	}

	private String register(String staff, String serial) throws Exception {
		return register(staff, serial, status().isCreated());
	}

	private String register(String staff, String serial, org.springframework.test.web.servlet.ResultMatcher expected)
			throws Exception {
		return mvc
			.perform(post("/api/v1/staff/devices").header("Authorization", staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"serial\":\"%s\",\"model\":\"Homeward Tab 8\",\"facilityCode\":\"NORTH\"}"
					.formatted(serial)))
			.andExpect(expected)
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions act(String staff, String device, String action, String body) throws Exception {
		var request = post("/api/v1/staff/devices/{id}/" + action, device).header("Authorization", staff);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	private String tabletSignIn(String serial, String secret, String pin) throws Exception {
		String answer = mvc
			.perform(post("/api/v1/tablet/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"serial\":\"%s\",\"secret\":\"%s\",\"pin\":\"%s\"}".formatted(serial, secret, pin)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + SignedIn.tokenFrom(answer);
	}

	private List<String> titles(String token) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/kiosk/media/entitlements").header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[*].title");
	}

}
