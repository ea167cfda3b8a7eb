package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.Families;
import org.homeward.SignedIn;
import org.homeward.media.MediaFixtures;
import org.homeward.messaging.Correspondents;
import org.homeward.messaging.TestImages;
import org.homeward.security.AuthorizationMatrixIntegrationTests.Who;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitFixtures;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** The records the rows act on, made through the API where Homeward has one. */
record MatrixRecords(Map<String, String> variables, Map<Who, String> emails, String inmateNumber,
		String otherInmateNumber) {

	static final String CARD = """
			{"cardNumber":"4242424242424242","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Rosa Diaz",
			 "billingAddress":{"line1":"1 Main St","city":"Miami","region":"FL","postalCode":"33101","country":"US"}}""";

	String inmateNumber(Who who) {
		return who == Who.INMATE ? inmateNumber : otherInmateNumber;
	}

	String email(Who who) {
		return emails.get(who);
	}

	String password(Who who) {
		return switch (who) {
			case FAMILY, OTHER_FAMILY -> "Family#2026";
			case OPERATOR -> "Operator#2026";
			default -> SignedIn.STAFF_PASSWORD;
		};
	}

	static MatrixRecords create(MockMvc mvc, JdbcClient jdbc) throws Exception {
		TenantId doc = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String inmateNumber = "MX" + suffix;
		String otherInmateNumber = "MY" + suffix;
		UUID inmate = Correspondents.inmate(jdbc, doc, "NORTH", inmateNumber);
		UUID otherInmate = Correspondents.inmate(jdbc, doc, "NORTH", otherInmateNumber);
		// the one the families add as a contact in the rows, so that the other inmate
		// stays a stranger to them
		UUID thirdInmate = Correspondents.inmate(jdbc, doc, "NORTH", "MZ" + suffix);
		Families.Family family = Families.register(mvc, "matrix", inmate);
		Families.Family otherFamily = Families.register(mvc, "matrix-other", null);
		Families.buyStamps(mvc, family, "DEMO-DOC", 40);

		Map<String, String> v = new HashMap<>();
		v.put("agency", "DEMO-DOC");
		v.put("media", "MEDIA");
		v.put("badToken", "no-such-token");
		v.put("inmateNumber", inmateNumber);
		v.put("inmate", inmate.toString());
		v.put("otherInmate", otherInmate.toString());
		v.put("thirdInmate", thirdInmate.toString());
		v.put("familyId", family.accountId().toString());
		v.put("otherFamilyId", otherFamily.accountId().toString());
		v.put("today", LocalDate.now(ZoneOffset.UTC).toString());
		v.put("north",
				jdbc.sql("select id from directory.facility where agency_id = :a and code = 'NORTH'")
					.param("a", doc.value())
					.query(UUID.class)
					.single()
					.toString());
		v.put("supervisionCase", "0d0d0000-0000-4000-8000-000000000001");
		v.put("pause", "pause");
		Api api = new Api(mvc, family.bearer());

		v.put("card", api.read("GET", "/api/v1/payment-methods", null, "$[0].id"));
		v.put("bundle",
				JsonPath.read(mvc.perform(get("/api/v1/agencies/DEMO-DOC/stamp-bundles"))
					.andReturn()
					.getResponse()
					.getContentAsString(), "$[0].id"));
		String photo = JsonPath.read(mvc
			.perform(multipart("/api/v1/attachments")
				.file(new MockMultipartFile("file", "me.png", "image/png", TestImages.png(40, 30)))
				.header("Authorization", family.bearer()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		v.put("photo", photo);
		v.put("message",
				api.read("POST", "/api/v1/messages",
						"{\"inmateId\":\"%s\",\"body\":\"Hello from the matrix.\",\"attachmentIds\":[\"%s\"]}"
							.formatted(inmate, photo),
						"$.id"));
		v.put("draft", UUID.randomUUID().toString());
		v.put("pageDraft", UUID.randomUUID().toString());
		v.put("kioskDraft", UUID.randomUUID().toString());
		v.put("pageKioskDraft", UUID.randomUUID().toString());
		api.read("PUT", "/api/v1/drafts/" + v.get("draft"), "{\"inmateId\":\"%s\",\"body\":\"Dear\"}".formatted(inmate),
				"$.id");
		v.put("deposit", api.read("POST", "/api/v1/deposits", deposit(inmate, v.get("card"), "20.00"), "$.id"));
		v.put("paySlip",
				api.read("POST", "/api/v1/deposits/pay-slips",
						"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"5.00\",\"currency\":\"USD\"}}".formatted(inmate),
						"$.reference"));
		v.put("retailPayment", UUID.randomUUID().toString());
		v.put("retailDecision", "apply");
		v.put("supportAction", "receipt");
		// the demo's courses: both inmates enrolled in one (its rows read, complete and
		// answer), the other for the rows that enrol
		v.put("course",
				jdbc.sql("select cast(id as varchar) from courses.course where code = 'FIN-LIT-101'")
					.query(String.class)
					.single());
		v.put("enrolledCourse",
				jdbc.sql("select cast(id as varchar) from courses.course where code = 'PARENT-101'")
					.query(String.class)
					.single());
		v.put("lesson", "staying-in-touch");
		v.put("month", java.time.YearMonth.now(ZoneOffset.UTC).toString());
		v.put("quiz", "what-helps");
		v.put("certificateCode", "NOPE1-NOPE2");
		for (String number : List.of(inmateNumber, otherInmateNumber)) {
			new Api(mvc, Correspondents.kiosk(mvc, "DEMO-DOC", number)).read("POST",
					"/api/v1/kiosk/courses/" + v.get("enrolledCourse") + "/enrolment", null, "$.id");
		}
		// the inmate buys stamps from it, for every row in which they write
		new Api(mvc, Correspondents.kiosk(mvc, "DEMO-DOC", inmateNumber)).read("POST", "/api/v1/kiosk/stamp-purchases",
				"{\"stamps\":5}", "$.stamps");
		UUID batch = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into messaging.print_batch (id, agency_id, facility_id, message_count, downloads, created_at, created_by)
						values (:id, :agency, :facility, 0, 0, now(), null)""")
			.param("id", batch)
			.param("agency", doc.value())
			.param("facility", UUID.fromString(v.get("north")))
			.update();
		v.put("batch", batch.toString());
		// video visits at a facility of the matrix's own that approves each visit (the
		// rows book theirs: RowRecords)
		String visitFacility = VisitFixtures.facility(jdbc, 2, 50, true);
		v.put("visitFacility", VisitFixtures.facilityId(jdbc, visitFacility).toString());
		UUID visitInmate = Correspondents.inmate(jdbc, doc, visitFacility, "MV" + suffix);
		v.put("visitInmate", visitInmate.toString());
		api.read("POST", "/api/v1/contacts", "{\"inmateId\":\"%s\"}".formatted(visitInmate), "$.id");
		v.put("recording", recording(jdbc, mvc, family, visitInmate, v.get("card"), doc).toString());
		v.put("subscription", UUID.randomUUID().toString());
		v.put("visitStart", VisitFixtures.inDays(4, 9, 0).toString());
		v.put("pageVisitStart", VisitFixtures.inDays(4, 10, 0).toString());
		// free times to move a visit to (each its own: the inmate has one visit at a
		// time)
		v.put("moveStart", VisitFixtures.inDays(4, 19, 0).toString());
		v.put("pageMoveStart", VisitFixtures.inDays(4, 19, 30).toString());

		// an item of the catalogue of the matrix's own (its rows block and price it), and
		// a track on an album already (an album of it is refused)
		v.put("mediaItem", MediaFixtures.ingested(mvc, "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR), "matrix.mp3",
				MediaFixtures.demoFile("morning-yard.mp3"), "MUSIC", "1.29", Map.of("title", "Matrix Song " + suffix))
			.toString());
		v.put("albumTrack", "0a0c0000-0000-4000-8000-00000000a002");
		v.put("tunes", "0a0c0000-0000-4000-8000-0000000e0002");

		TenantId fed = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-FED'").query(UUID.class).single());
		Map<Who, String> emails = new EnumMap<>(Who.class);
		emails.put(Who.FAMILY, family.email());
		emails.put(Who.OTHER_FAMILY, otherFamily.email());
		emails.put(Who.REVIEWER, SignedIn.DOC_REVIEWER);
		// a mailroom reviewer limited to South Unit: the records above are at North Unit
		String south = Correspondents.staffAccount(jdbc, doc, "MAILROOM_REVIEWER");
		jdbc.sql(
				"update accounts.account set facility_id = (select id from directory.facility where agency_id = :a and code = 'SOUTH') where email = :email")
			.param("a", doc.value())
			.param("email", south)
			.update();
		emails.put(Who.SOUTH_REVIEWER, south);
		emails.put(Who.INVESTIGATOR, SignedIn.DOC_INVESTIGATOR);
		emails.put(Who.VISITATION_OFFICER, Correspondents.staffAccount(jdbc, doc, "VISITATION_OFFICER"));
		emails.put(Who.ADMIN, SignedIn.DOC_ADMIN);
		emails.put(Who.OTHER_AGENCY, Correspondents.staffAccount(jdbc, fed, "AGENCY_ADMIN"));
		emails.put(Who.OPERATOR, SignedIn.OPERATOR);
		return new MatrixRecords(Map.copyOf(v), emails, inmateNumber, otherInmateNumber);
	}

	/**
	 * A past visit's recording of the family's side (a few bytes in the blob store: the
	 * matrix asks who may read it, not what it plays).
	 */
	private static UUID recording(JdbcClient jdbc, MockMvc mvc, Families.Family family, UUID inmate, String card,
			TenantId agency) throws Exception {
		String visit = JsonPath.read(VisitFixtures
			.book(mvc, family.bearer(),
					VisitFixtures.booking(inmate, VisitFixtures.inDays(4, 11, 0), 15, UUID.fromString(card)))
			.getContentAsString(), "$.id");
		UUID id = UUID.randomUUID();
		String key = "recordings/" + visit + "/family-1";
		Path file = Path.of("target", "test-blobs").resolve(key);
		Files.createDirectories(file.getParent());
		Files.write(file, "webm".getBytes(StandardCharsets.US_ASCII));
		jdbc.sql(
				"""
						insert into visits.recording (id, visit_id, agency_id, side, part, started_at, duration_ms, bytes, sha256,
						  blob_key, keep_until, created_at)
						values (:id, :visit, :agency, 'FAMILY', 1, now(), 1000, 4, :sha256, :key, now() + interval '90 days', now())""")
			.param("id", id)
			.param("visit", UUID.fromString(visit))
			.param("agency", agency.value())
			.param("sha256", "0".repeat(64))
			.param("key", key)
			.update();
		return id;
	}

	/** A deposit's body: this amount to the inmate with the card. */
	static String deposit(Object inmate, String card, String amount) {
		return "{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
			.formatted(inmate, amount, card);
	}

	static String pending(JdbcClient jdbc, String table, TenantId agency, UUID account, UUID inmate) {
		UUID id = UUID.randomUUID();
		String sql = table.equals("contact") ? """
				insert into contacts.contact (id, account_id, inmate_id, agency_id, status, created_at, updated_at)
				values (:id, :account, :inmate, :agency, 'PENDING_APPROVAL', now(), now())""" : """
				insert into contacts.invitation (id, inmate_id, agency_id, name, email, code_hash, status, created_at)
				values (:id, :inmate, :agency, 'Matrix Cousin', :email, :hash, 'PENDING_APPROVAL', now())""";
		var statement = jdbc.sql(sql).param("id", id).param("inmate", inmate).param("agency", agency.value());
		if (table.equals("contact")) {
			statement.param("account", account).update();
		}
		else {
			statement.param("email", "cousin-" + id + "@example.com")
				.param("hash", (id.toString() + id).replace("-", "").substring(0, 64))
				.update();
		}
		return id.toString();
	}

	/** One caller's API, for setting up records. */
	record Api(MockMvc mvc, String bearer) {

		String read(String method, String path, String body, String jsonPath) throws Exception {
			MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
				.header("Authorization", bearer)
				.header("Idempotency-Key", UUID.randomUUID().toString());
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s %s: %s", method, path, response.getContentAsString())
				.isBetween(200, 299);
			return JsonPath.read(response.getContentAsString(), jsonPath).toString();
		}

	}

}
