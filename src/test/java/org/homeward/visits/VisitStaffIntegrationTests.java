package org.homeward.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.visits.VisitFixtures.book;
import static org.homeward.visits.VisitFixtures.booking;
import static org.homeward.visits.VisitFixtures.call;
import static org.homeward.visits.VisitFixtures.inDays;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PaymentCrashes;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.audit.AuditLog;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.homeward.visits.internal.VisitTimes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Visitation officers run a facility's day: they see its visits, approve or deny
 * requests, cancel booked visits with a reason; the family is refunded and told. Staff of
 * another agency, and staff without the role, reach none of it.
 */
@PostgresIntegrationTest
class VisitStaffIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	/**
	 * A family with a saved card and, as their contact, an inmate at a facility of the
	 * test's own.
	 */
	record Booker(UUID facilityId, UUID inmate, Families.Family family, UUID card) {
	}

	Booker booker(boolean approval, String prefix, String name) throws Exception {
		String facility = VisitFixtures.facility(jdbc, 2, 5, approval);
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), facility,
				prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
		Families.Family family = Families.register(mvc, name, inmate);
		return new Booker(VisitFixtures.facilityId(jdbc, facility), inmate, family,
				Families.card(mvc, family.bearer(), Families.APPROVED_CARD));
	}

	@Test
	void officersApproveDenyAndCancelAndFamiliesAreRefundedAndTold() throws Exception {
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		Booker booker = booker(true, "VS", "visits-staff");
		UUID inmate = booker.inmate();
		Families.Family rosa = booker.family();
		UUID card = booker.card();
		UUID facilityId = booker.facilityId();
		Instant start = inDays(3, 15, 0);
		MockHttpServletResponse requested = book(mvc, rosa.bearer(), booking(inmate, start, 15, card));
		assertThat(requested.getStatus()).isEqualTo(201);
		assertThat(JsonPath.<String>read(requested.getContentAsString(), "$.status")).isEqualTo("REQUESTED");
		String approveMe = JsonPath.read(requested.getContentAsString(), "$.id");
		String denyMe = JsonPath
			.read(book(mvc, rosa.bearer(), booking(inmate, inDays(4, 15, 0), 15, card)).getContentAsString(), "$.id");

		String officer = "Bearer " + SignedIn.token(mvc, Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER"));
		String day = start.atZone(VisitFixtures.NEW_YORK).toLocalDate().toString();
		String schedule = call(mvc, "GET", "/api/v1/staff/visits?facilityId=%s&date=%s".formatted(facilityId, day),
				officer, "")
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(schedule, "$[*].id")).containsExactly(approveMe);
		assertThat(JsonPath.<String>read(schedule, "$[0].visitor")).isEqualTo("Rosa Diaz");
		// the same day printed, in the officer's language, with the facility's clock
		String officerEmail = Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER");
		PageSession page = PageSession
			.of(mvc.perform(formLogin("/login").user(officerEmail).password(SignedIn.STAFF_PASSWORD)).andReturn());
		MockHttpServletResponse pdf = mvc
			.perform(get("/staff/visits/schedule.pdf").param("facilityId", facilityId.toString())
				.param("date", day)
				.param("lang", "es")
				.with(page))
			.andReturn()
			.getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("visitas por video del")
				.contains(VisitTimes.time(start, VisitFixtures.NEW_YORK, Locale.forLanguageTag("es")))
				.contains("Rosa Diaz")
				.contains("15 minutos");
		}

		MockHttpServletResponse approved = call(mvc, "POST", "/api/v1/staff/visits/" + approveMe + "/decision", officer,
				"{\"decision\":\"APPROVE\"}");
		assertThat(approved.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<String>read(approved.getContentAsString(), "$.status")).isEqualTo("SCHEDULED");
		assertThat(TestMail.await(rosa.email(), "video visit is approved")).contains("15-minute");
		assertThat(call(mvc, "POST", "/api/v1/staff/visits/" + approveMe + "/decision", officer,
				"{\"decision\":\"APPROVE\"}")
			.getStatus()).as("decided already").isEqualTo(409);

		assertThat(call(mvc, "POST", "/api/v1/staff/visits/" + denyMe + "/decision", officer, "{\"decision\":\"DENY\"}")
			.getStatus()).as("a denial needs its reason").isEqualTo(400);
		MockHttpServletResponse denied = call(mvc, "POST", "/api/v1/staff/visits/" + denyMe + "/decision", officer,
				"{\"decision\":\"DENY\",\"reason\":\"VISITOR_NOT_APPROVED\"}");
		assertThat(JsonPath.<String>read(denied.getContentAsString(), "$.status")).isEqualTo("DENIED");
		assertThat(JsonPath.<String>read(denied.getContentAsString(), "$.refund.amount")).isEqualTo("2.95");
		assertThat(PaymentCrashes.chargeStatus(jdbc, UUID.fromString(denyMe))).isEqualTo("REFUNDED");
		assertThat(TestMail.await(rosa.email(), "was cancelled")).contains("visitor not approved", "$2.95");

		assertThat(call(mvc, "POST", "/api/v1/staff/visits/" + approveMe + "/cancel", officer,
				"{\"reason\":\"CALL_FAILED\"}")
			.getStatus()).as("a reason only Homeward gives").isEqualTo(400);
		MockHttpServletResponse cancelled = call(mvc, "POST", "/api/v1/staff/visits/" + approveMe + "/cancel", officer,
				"{\"reason\":\"LOCKDOWN\",\"note\":\"count\"}");
		assertThat(cancelled.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<String>read(cancelled.getContentAsString(), "$.status")).isEqualTo("CANCELLED");
		assertThat(JsonPath.<List<String>>read(cancelled.getContentAsString(), "$.history[*].reason"))
			.contains("LOCKDOWN");
		assertThat(PaymentCrashes.chargeStatus(jdbc, UUID.fromString(approveMe))).isEqualTo("REFUNDED");
		assertThat(audit.newestOf(doc, 50)).extracting(r -> r.entry().action() + " " + r.entry().subject())
			.contains("visit.approved " + approveMe, "visit.denied " + denyMe, "visit.cancelled " + approveMe);

		// the inmate sees what is to come; nothing of another family
		String kiosk = Correspondents.kiosk(mvc, "DEMO-DOC",
				jdbc.sql("select inmate_number from directory.inmate where id = :id")
					.param("id", inmate)
					.query(String.class)
					.single());
		assertThat(call(mvc, "GET", "/api/v1/kiosk/visits", kiosk, "").getContentAsString()).isEqualTo("[]");
	}

	@Test
	void anotherAgencyOrAnotherRoleReachesNothing() throws Exception {
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		Booker booker = booker(true, "VS", "visits-staff");
		UUID inmate = booker.inmate();
		Families.Family rosa = booker.family();
		UUID card = booker.card();
		UUID facilityId = booker.facilityId();
		String id = JsonPath
			.read(book(mvc, rosa.bearer(), booking(inmate, inDays(3, 16, 0), 15, card)).getContentAsString(), "$.id");
		TenantId fed = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-FED'").query(UUID.class).single());
		String fedAdmin = "Bearer " + SignedIn.token(mvc, Correspondents.staffAccount(jdbc, fed, "AGENCY_ADMIN"));
		assertThat(call(mvc, "POST", "/api/v1/staff/visits/" + id + "/decision", fedAdmin, "{\"decision\":\"APPROVE\"}")
			.getStatus()).isEqualTo(404);
		assertThat(call(mvc, "GET", "/api/v1/staff/visits?facilityId=%s&date=2026-12-10".formatted(facilityId),
				fedAdmin, "")
			.getStatus()).isEqualTo(404);
		String investigator = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_INVESTIGATOR);
		assertThat(call(mvc, "POST", "/api/v1/staff/visits/" + id + "/decision", investigator,
				"{\"decision\":\"APPROVE\"}")
			.getStatus()).isEqualTo(403);
		assertThat(call(mvc, "POST", "/api/v1/staff/visits/" + id + "/decision", rosa.bearer(),
				"{\"decision\":\"APPROVE\"}")
			.getStatus()).isEqualTo(403);
		assertThat(jdbc.sql("select status from visits.visit where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("REQUESTED");
	}

	@Test
	void theGridOfLiveVisitsShowsThoseGoingOnButLegalOnes() throws Exception {
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		Booker booker = booker(false, "VG", "visits-grid");
		UUID facilityId = booker.facilityId();
		List<String> ids = new java.util.ArrayList<>();
		for (int hour : new int[] { 9, 10, 11 }) {
			ids.add(JsonPath.read(
					book(mvc, booker.family().bearer(), booking(booker.inmate(), inDays(3, hour, 0), 15, booker.card()))
						.getContentAsString(),
					"$.id"));
		}
		String watched = ids.get(0);
		String legal = ids.get(1);
		// the first and second are going on now, the second an attorney's; the third is
		// still ahead
		jdbc.sql("""
				update visits.visit set status = 'LIVE', legal = (id = :legal),
				  starts_at = now() - interval '5 minutes', ends_at = now() + interval '10 minutes'
				 where id in (:watched, :legal)""")
			.param("watched", UUID.fromString(watched))
			.param("legal", UUID.fromString(legal))
			.update();
		String officerEmail = Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER");
		PageSession officer = PageSession
			.of(mvc.perform(formLogin("/login").user(officerEmail).password(SignedIn.STAFF_PASSWORD)).andReturn());

		MockHttpServletResponse page = mvc.perform(
				get("/staff/visits/live").param("facilityId", facilityId.toString()).param("lang", "en").with(officer))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("1 visit going on")
			.contains("1 legal visit is going on as well: it is privileged and is not watched.")
			.contains("data-visit=\"" + watched + "\"")
			.contains("/staff/visits/" + watched + "/monitor")
			.doesNotContain(legal)
			.doesNotContain(ids.get(2));
		String shown = mvc
			.perform(get("/staff/visits/live/ids").param("facilityId", facilityId.toString()).with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(shown, "$")).containsExactly(watched);

		// once it is over, the grid says so
		jdbc.sql("update visits.visit set status = 'COMPLETED' where id = :id")
			.param("id", UUID.fromString(watched))
			.update();
		assertThat(mvc.perform(get("/staff/visits/live/ids").param("facilityId", facilityId.toString()).with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString()).isEqualTo("[]");
		assertThat(mvc.perform(
				get("/staff/visits/live").param("facilityId", facilityId.toString()).param("lang", "es").with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Ninguna visita en curso");

		// another agency's staff: no such facility
		TenantId fed = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-FED'").query(UUID.class).single());
		PageSession fedAdmin = PageSession
			.of(mvc.perform(formLogin("/login").user(Correspondents.staffAccount(jdbc, fed, "AGENCY_ADMIN"))
				.password(SignedIn.STAFF_PASSWORD)).andReturn());
		assertThat(mvc.perform(get("/staff/visits/live/ids").param("facilityId", facilityId.toString()).with(fedAdmin))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aLegalVisitIsNeverWatched() throws Exception {
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		Booker booker = booker(false, "VL", "visits-lawyer");
		UUID inmate = booker.inmate();
		Families.Family lawyer = booker.family();
		UUID card = booker.card();
		String id = JsonPath
			.read(book(mvc, lawyer.bearer(), booking(inmate, inDays(3, 17, 0), 15, card)).getContentAsString(), "$.id");
		jdbc.sql("update visits.visit set legal = true, status = 'LIVE' where id = :id")
			.param("id", UUID.fromString(id))
			.update();
		String officer = "Bearer " + SignedIn.token(mvc, Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER"));
		MockHttpServletResponse refused = call(mvc, "POST", "/api/v1/staff/visits/" + id + "/monitor", officer, "");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.code"))
			.isEqualTo("legal-visit-not-monitored");
		assertThat(jdbc.sql("select count(*) from visits.call_peer where visit_id = :id")
			.param("id", UUID.fromString(id))
			.query(Integer.class)
			.single()).as("no one joined to watch").isZero();
	}

	@Test
	void suspendingAnInmatesVisitsCancelsAndRefundsThoseBooked() throws Exception {
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		Booker booker = booker(false, "VR", "visits-suspended");
		UUID inmate = booker.inmate();
		Families.Family rosa = booker.family();
		UUID card = booker.card();
		String within = JsonPath
			.read(book(mvc, rosa.bearer(), booking(inmate, inDays(2, 10, 0), 15, card)).getContentAsString(), "$.id");
		String after = JsonPath
			.read(book(mvc, rosa.bearer(), booking(inmate, inDays(9, 10, 0), 15, card)).getContentAsString(), "$.id");
		String until = VisitFixtures.inDays(5, 12, 0).atZone(VisitFixtures.NEW_YORK).toLocalDate().toString();
		String admin = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN);
		assertThat(call(mvc, "POST", "/api/v1/agencies/DEMO-DOC/inmates/" + inmate + "/restrictions", admin,
				"{\"kind\":\"NO_VIDEO_VISITS\",\"until\":\"%s\",\"reason\":\"disciplinary hearing\"}".formatted(until))
			.getStatus()).isEqualTo(201);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select status from visits.visit where id = :id")
				.param("id", UUID.fromString(within))
				.query(String.class)
				.single()
				.equals("CANCELLED"));
		assertThat(PaymentCrashes.chargeStatus(jdbc, UUID.fromString(within))).isEqualTo("REFUNDED");
		assertThat(TestMail.await(rosa.email(), "was cancelled")).contains("your loved one is not available")
			.doesNotContain("disciplinary");
		assertThat(jdbc.sql("select status from visits.visit where id = :id")
			.param("id", UUID.fromString(after))
			.query(String.class)
			.single()).as("a visit after the suspension ends stays booked").isEqualTo("SCHEDULED");
	}

}
