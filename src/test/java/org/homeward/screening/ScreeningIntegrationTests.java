package org.homeward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.PublishedEvents;
import org.homeward.SignedIn;
import org.homeward.directory.TestAgencies;
import org.homeward.messaging.Correspondents;
import org.homeward.messaging.MessageDelivered;
import org.homeward.messaging.MessageHeld;
import org.homeward.messaging.MessageRejected;
import org.homeward.messaging.TestImages;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Messages are screened after sending: clean ones reach the kiosk at once, flagged ones
 * wait for a reviewer of the same agency, who approves or rejects with one of the
 * agency's reasons; rejected stamps go back, a rejected photo's too while the rest is
 * delivered; watch lists and the hold-everything policy hold messages as well.
 */
@PostgresIntegrationTest
class ScreeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedEvents published;

	record Setup(TenantId agency, String code, UUID inmate, String number, Families.Family family, String reviewer) {
	}

	@Test
	void aFlaggedMessageWaitsForReviewAndARejectionGivesTheStampsBack() throws Exception {
		Setup s = setup("HOLD_FLAGGED", false);
		String clean = id(send(s, "Happy birthday, see you at the visit."));
		String flagged = id(send(s, "We planned the E.s.c a p 3 for Friday night."));
		awaitStatus(s, clean, "DELIVERED");
		awaitStatus(s, flagged, "HELD");
		mvc.perform(get("/api/v1/stamps").header("Authorization", s.family().bearer()))
			.andExpect(jsonPath("$[0].balance").value(8));

		mvc.perform(get("/api/v1/review/messages?status=HELD").header("Authorization", s.reviewer()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(flagged))
			.andExpect(jsonPath("$[0].flags[0].kind").value("KEYWORD"))
			.andExpect(jsonPath("$[0].flags[0].detail").value("ESCAPE: escape"))
			.andExpect(jsonPath("$[0].from").value("Rosa Diaz"))
			.andExpect(jsonPath("$[0].to", containsString(s.number())));
		String otherAgency = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER);
		mvc.perform(get("/api/v1/review/messages?status=HELD").header("Authorization", otherAgency))
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(flagged)).isEmpty());
		decide(otherAgency, flagged, "REJECT", "THREAT").andExpect(status().isNotFound());
		decide(s.reviewer(), flagged, "REJECT", "because").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("THREAT")));

		decide(s.reviewer(), flagged, "REJECT", "ESCAPE").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		decide(s.reviewer(), flagged, "APPROVE", null).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/messages/" + flagged).header("Authorization", s.family().bearer()))
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.history[*].status", Matchers.contains("SCREENING", "HELD", "REJECTED")))
			.andExpect(jsonPath("$.history[2].reason").value("Plans or helps an escape"));
		mvc.perform(get("/api/v1/stamps").header("Authorization", s.family().bearer()))
			.andExpect(jsonPath("$[0].balance").value(9));
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'message.rejected' and subject = :id")
			.param("id", flagged)
			.query(Integer.class)
			.single()).isEqualTo(1);
		String kiosk = Correspondents.kiosk(mvc, s.code(), s.number());
		mvc.perform(get("/api/v1/kiosk/messages").header("Authorization", kiosk))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(clean));

		// what other modules (reports) are told: one event per move they count, with what
		// they count by
		MessageDelivered delivered = published.awaitOne(MessageDelivered.class,
				e -> e.messageId().toString().equals(clean));
		assertThat(delivered.agency()).isEqualTo(s.agency());
		assertThat(delivered.toInmate()).isTrue();
		assertThat(delivered.printed()).isFalse();
		assertThat(delivered.deliveredAt()).isAfterOrEqualTo(delivered.sentAt());
		assertThat(published.awaitOne(MessageHeld.class, e -> e.messageId().toString().equals(flagged)).agency())
			.isEqualTo(s.agency());
		MessageRejected rejected = published.awaitOne(MessageRejected.class,
				e -> e.messageId().toString().equals(flagged));
		assertThat(rejected.reason()).isEqualTo("Plans or helps an escape");
		assertThat(published.of(MessageDelivered.class, e -> e.messageId().toString().equals(flagged))).isEmpty();
	}

	@Test
	void aRejectedPhotoGivesItsStampBackAndTheRestIsDelivered() throws Exception {
		Setup s = setup("HOLD_FLAGGED", true);
		String first = photo(s);
		String second = photo(s);
		String message = id(mvc
			.perform(post("/api/v1/messages").header("Authorization", s.family().bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"body\":\"Two pictures.\",\"attachmentIds\":[\"%s\",\"%s\"]}"
					.formatted(s.inmate(), first, second)))
			.andExpect(status().isCreated()));
		awaitStatus(s, message, "HELD");
		mvc.perform(get("/api/v1/stamps").header("Authorization", s.family().bearer()))
			.andExpect(jsonPath("$[0].balance").value(7));
		mvc.perform(
				post("/api/v1/review/messages/%s/decision".formatted(message)).header("Authorization", s.reviewer())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"APPROVE\",\"reason\":\"PHOTO_POLICY\",\"rejectedPhotos\":[\"%s\"]}"
						.formatted(second)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"));
		mvc.perform(get("/api/v1/stamps").header("Authorization", s.family().bearer()))
			.andExpect(jsonPath("$[0].balance").value(8));
		String kiosk = Correspondents.kiosk(mvc, s.code(), s.number());
		mvc.perform(get("/api/v1/kiosk/messages/" + message).header("Authorization", kiosk))
			.andExpect(jsonPath("$.attachments.length()").value(1))
			.andExpect(jsonPath("$.attachments[0].id").value(first));
		mvc.perform(get("/api/v1/kiosk/attachments/" + second).header("Authorization", kiosk))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/messages/" + message).header("Authorization", s.family().bearer()))
			.andExpect(jsonPath("$.history[*].reason", Matchers.hasItem(containsString("A photo was rejected"))));
	}

	@Test
	void watchListsAndTheHoldEverythingPolicyHoldMessages() throws Exception {
		Setup watched = setup("HOLD_FLAGGED", false);
		mvc.perform(post("/api/v1/screening/watch-list").header("Authorization", watched.reviewer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"EMAIL\",\"entry\":\"%s\",\"reason\":\"passed contraband in 2025\"}"
				.formatted(watched.family().email().toUpperCase())))
			.andExpect(status().isCreated());
		String held = id(send(watched, "Nothing special today."));
		awaitStatus(watched, held, "HELD");
		mvc.perform(get("/api/v1/review/messages").header("Authorization", watched.reviewer()))
			.andExpect(jsonPath("$[0].flags[0].kind").value("WATCH_LIST"))
			.andExpect(jsonPath("$[0].flags[0].detail").value("EMAIL on the watch list: passed contraband in 2025"));

		Setup strict = setup("HOLD_ALL", false);
		String everything = id(send(strict, "Nothing special today."));
		awaitStatus(strict, everything, "HELD");
		decide(strict.reviewer(), everything, "APPROVE", null).andExpect(jsonPath("$.status").value("DELIVERED"));
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'message.approved' and subject = :id")
			.param("id", everything)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFlaggedReplyFromTheInmateIsRejectedAndThePrepaidStampComesBack() throws Exception {
		Setup s = setup("HOLD_FLAGGED", false);
		String letter = id(mvc
			.perform(post("/api/v1/messages").header("Authorization", s.family().bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"body\":\"Write back soon.\",\"prepaidReply\":true}"
					.formatted(s.inmate())))
			.andExpect(status().isCreated()));
		awaitStatus(s, letter, "DELIVERED");
		String kiosk = Correspondents.kiosk(mvc, s.code(), s.number());
		String reply = id(mvc
			.perform(post("/api/v1/kiosk/messages").header("Authorization", kiosk)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountId\":\"%s\",\"body\":\"Bring the sh4nk.\"}".formatted(s.family().accountId())))
			.andExpect(status().isCreated()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/v1/review/messages").header("Authorization", s.reviewer()))
				.andExpect(jsonPath("$[0].id").value(reply))
				.andExpect(jsonPath("$[0].toInmate").value(false)));
		decide(s.reviewer(), reply, "REJECT", "THREAT").andExpect(jsonPath("$.status").value("REJECTED"));
		mvc.perform(get("/api/v1/kiosk/messages").header("Authorization", kiosk))
			.andExpect(jsonPath("$[0].replyStampIncluded").value(true));
		mvc.perform(get("/api/v1/messages?folder=inbox").header("Authorization", s.family().bearer()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void privilegedMailIsNeitherScreenedNorShownToReviewersOrInvestigators() throws Exception {
		Setup s = setup("HOLD_ALL", true);
		String contact = JsonPath.read(mvc.perform(get("/api/v1/contacts").header("Authorization", s.family().bearer()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id");
		String admin = Correspondents.staff(mvc, jdbc, s.agency(), "AGENCY_ADMIN");
		mvc.perform(post("/api/v1/staff/contacts/%s/privileged".formatted(contact)).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ATTORNEY\"}")).andExpect(status().isBadRequest());
		mvc.perform(
				post("/api/v1/staff/contacts/%s/privileged".formatted(contact)).header("Authorization", s.reviewer())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"ATTORNEY\",\"barNumber\":\"FL-123456\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/staff/contacts/%s/privileged".formatted(contact)).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ATTORNEY\",\"barNumber\":\"FL-123456\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.privileged").value(true));

		String legal = id(send(s, "Privileged: about the escape charge, plead not guilty."));
		awaitStatus(s, legal, "DELIVERED");
		mvc.perform(get("/api/v1/review/messages").header("Authorization", s.reviewer()))
			.andExpect(jsonPath("$.length()").value(0));
		String investigator = Correspondents.staff(mvc, jdbc, s.agency(), "INVESTIGATOR");
		mvc.perform(get("/api/v1/investigations/messages?q=plead").header("Authorization", investigator))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/investigations/messages?inmateId=" + s.inmate()).header("Authorization", investigator))
			.andExpect(jsonPath("$[0].id").value(legal))
			.andExpect(jsonPath("$[0].body").value("(privileged legal mail: its content is not shown)"));
		mvc.perform(post("/api/v1/investigations/evidence").header("Authorization", investigator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"messageIds\":[\"%s\"]}".formatted(legal))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from audit.entry where subject = :id or detail like :like")
			.param("id", legal)
			.param("like", "%" + legal + "%")
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from screening.flag where message_id = :id")
			.param("id", UUID.fromString(legal))
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * An agency of the test's own with the demo keyword list and reasons (holding every
	 * photo when {@code photos}), a family with 10 stamps, a reviewer.
	 */
	private Setup setup(String policy, boolean photos) throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		jdbc.sql(
				"update contracts.contract set screening_policy = :policy, hold_all_photos = :photos where agency_id = :agency")
			.param("policy", policy)
			.param("photos", photos)
			.param("agency", agency.value())
			.update();
		jdbc.sql("""
				insert into screening.keyword (id, agency_id, phrase, category, created_at)
				select gen_random_uuid(), :agency, phrase, category, created_at from screening.keyword
				 where agency_id = (select id from directory.agency where code = 'DEMO-DOC')""")
			.param("agency", agency.value())
			.update();
		jdbc.sql("""
				insert into screening.reject_reason (agency_id, code, text)
				select :agency, code, text from screening.reject_reason
				 where agency_id = (select id from directory.agency where code = 'DEMO-DOC')""")
			.param("agency", agency.value())
			.update();
		String code = TestAgencies.code(jdbc, agency);
		String number = "S" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		Families.Family family = Families.register(mvc, "screened", inmate);
		Families.buyStamps(mvc, family, code, 10);
		return new Setup(agency, code, inmate, number, family,
				Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER"));
	}

	private ResultActions send(Setup s, String body) throws Exception {
		return mvc
			.perform(post("/api/v1/messages").header("Authorization", s.family().bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"body\":\"%s\"}".formatted(s.inmate(), body)))
			.andExpect(status().isCreated());
	}

	private String photo(Setup s) throws Exception {
		return JsonPath.read(
				mvc.perform(multipart("/api/v1/attachments")
					.file(new MockMultipartFile("file", "p.png", "image/png", TestImages.png(30, 20)))
					.header("Authorization", s.family().bearer())).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	private ResultActions decide(String reviewer, String message, String decision, String reason) throws Exception {
		return mvc
			.perform(post("/api/v1/review/messages/%s/decision".formatted(message)).header("Authorization", reviewer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(reason == null ? "{\"decision\":\"%s\"}".formatted(decision)
						: "{\"decision\":\"%s\",\"reason\":\"%s\"}".formatted(decision, reason)));
	}

	private static String id(ResultActions sent) throws Exception {
		return JsonPath.read(sent.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private void awaitStatus(Setup s, String message, String expected) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> mvc.perform(get("/api/v1/messages/" + message).header("Authorization", s.family().bearer()))
						.andExpect(jsonPath("$.status").value(expected)));
	}

}
