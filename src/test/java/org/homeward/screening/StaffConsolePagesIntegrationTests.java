package org.homeward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.homeward.TestWords;
import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The DEMO-DOC staff console: the home page shows how long the review queue has waited,
 * investigators search and put a family on the watch list from a result, and people
 * without those roles are kept out.
 */
@PostgresIntegrationTest
class StaffConsolePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reviewersSeeTheQueueAgeAndInvestigatorsWatchAFamilyFromASearch() throws Exception {
		UUID inmate = Correspondents.inmateId(jdbc, "DEMO-DOC", "A100030");
		Families.Family family = Families.register(mvc, "console", inmate);
		Families.buyStamps(mvc, family, "DEMO-DOC", 5);
		String word = TestWords.unique("kiwi", 5);
		String message = JsonPath.read(mvc
			.perform(post("/api/v1/messages").header("Authorization", family.bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"body\":\"The %s escape route.\"}".formatted(inmate, word)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> mvc.perform(get("/api/v1/messages/" + message).header("Authorization", family.bearer()))
						.andExpect(jsonPath("$.status").value("HELD")));

		PageSession reviewer = signIn(SignedIn.DOC_REVIEWER);
		mvc.perform(get("/staff").with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for review")))
			.andExpect(content().string(containsString("South Unit: the oldest message has waited")));
		mvc.perform(get("/staff/review").with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>escape</mark>")));
		mvc.perform(get("/staff/investigations").with(reviewer)).andExpect(status().isForbidden());

		PageSession investigator = signIn(SignedIn.DOC_INVESTIGATOR);
		mvc.perform(get("/staff/investigations").param("q", word).with(investigator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The " + word + " escape route.")));
		mvc.perform(post("/staff/investigations/watch").param("kind", "ACCOUNT")
			.param("entry", family.accountId().toString())
			.param("q", word)
			.with(investigator)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from screening.watch_entry where entry = :entry and kind = 'ACCOUNT'")
			.param("entry", family.accountId().toString())
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/staff/review").with(investigator)).andExpect(status().isForbidden());
		mvc.perform(get("/staff").with(investigator))
			.andExpect(content().string(not(containsString("Waiting for review"))));
	}

	@Test
	void staffApproveAFamilysContactRequestOnTheirPage() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "STAFF_APPROVED", 30, false);
		UUID inmate = Correspondents.inmate(jdbc, agency,
				"K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
		Families.Family family = Families.register(mvc, "approval", inmate);
		String contact = JsonPath.read(mvc.perform(get("/api/v1/contacts").header("Authorization", family.bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER");
		String email = jdbc.sql("select email from accounts.account where agency_id = :a and kind = 'STAFF'")
			.param("a", agency.value())
			.query(String.class)
			.single();
		PageSession staff = signIn(email);
		mvc.perform(get("/staff/contacts").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(family.email())));
		mvc.perform(post("/staff/contacts/" + contact).param("decision", "APPROVE").with(staff).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/contacts").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"));
		mvc.perform(get("/staff/contacts").with(signIn(SignedIn.DOC_REVIEWER)))
			.andExpect(content().string(not(containsString(family.email()))));
	}

	private PageSession signIn(String email) throws Exception {
		return PageSession
			.of(mvc.perform(formLogin("/login").user(email).password(SignedIn.STAFF_PASSWORD)).andReturn());
	}

}
