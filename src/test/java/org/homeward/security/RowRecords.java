package org.homeward.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.Families;
import org.homeward.media.MediaFixtures;
import org.homeward.messaging.Correspondents;
import org.homeward.security.AuthorizationMatrixIntegrationTests.Who;
import org.homeward.security.MatrixRecords.Api;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The records a row changes (a card removed, a plan paused, a contact blocked, a message
 * approved, an agency wound down), made afresh for each row that names one, so that no
 * row depends on another having run before it, or not. Within a row the callers act on
 * the same record, in the order of the columns: the first one allowed changes it, and the
 * answers of those after say so.
 */
final class RowRecords {

	/** The records made for each row, by the name the rows give them. */
	static final Set<String> NAMES = Set.of("familyContact", "familyBlockedContact", "inmateContact",
			"inmateBlockedContact", "legalContact", "plan", "pausedPlan", "spareCard", "staff", "windingDown", "held",
			"pendingContact", "invitation", "keyword", "watch", "fedKeyword", "fedWatch", "refundable", "chargedBack",
			"visit", "requestedVisit", "staffVisit", "pageVisit", "pageRequestedVisit", "pageStaffVisit", "curatedItem",
			"device", "issuedDevice", "deviceInmate", "tabletOrder", "pageTabletOrder", "spareCourse", "retailPartner",
			"restriction");

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z0-9]+)}");

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final MatrixRecords fixture;

	private final Map<Who, String> tokens;

	private final TenantId doc;

	/** The visits booked so far, each in a slot of its own. */
	private int visits;

	RowRecords(MockMvc mvc, JdbcClient jdbc, MatrixRecords fixture, Map<Who, String> tokens) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.fixture = fixture;
		this.tokens = tokens;
		this.doc = new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
	}

	/**
	 * The variables of a row: the shared records, and a fresh one of each kind the row's
	 * texts (its path, body, form or file) name.
	 */
	Map<String, String> forRow(String... texts) throws Exception {
		Map<String, String> variables = new HashMap<>(fixture.variables());
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			Matcher names = VARIABLE.matcher(text);
			while (names.find()) {
				String name = names.group(1);
				if (NAMES.contains(name) && !variables.containsKey(name)) {
					variables.put(name, make(name));
				}
			}
		}
		return variables;
	}

	private String make(String name) throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String inmate = fixture.variables().get("inmate");
		Api family = as(Who.FAMILY);
		return switch (name) {
			// the family's contact with an inmate of its own, so that blocking it stops
			// nothing else
			case "familyContact" -> family.read("POST", "/api/v1/contacts", "{\"inmateId\":\"%s\"}"
				.formatted(Correspondents.inmate(jdbc, doc, "NORTH", "MR" + unique.toUpperCase())), "$.id");
			case "familyBlockedContact" -> {
				String contact = make("familyContact");
				family.read("POST", "/api/v1/contacts/" + contact + "/block", null, "$.id");
				yield contact;
			}
			// a contact of the inmate's with a family of its own (a cousin, a lawyer)
			case "inmateContact", "legalContact" -> {
				Families.Family cousin = Families.register(mvc, "matrix-cousin", UUID.fromString(inmate));
				yield new Api(mvc, cousin.bearer()).read("GET", "/api/v1/contacts", null, "$[0].id");
			}
			case "inmateBlockedContact" -> {
				String contact = make("inmateContact");
				as(Who.INMATE).read("POST", "/api/v1/kiosk/contacts/" + contact + "/block", null, "$.id");
				yield contact;
			}
			case "plan" -> family.read("POST", "/api/v1/recurring-deposits",
					"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"5.00\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\",\"dayOfMonth\":3}"
						.formatted(inmate, fixture.variables().get("card")),
					"$.id");
			case "pausedPlan" -> {
				String plan = make("plan");
				family.read("POST", "/api/v1/recurring-deposits/" + plan + "/pause", null, "$.id");
				yield plan;
			}
			// a retail network of its own, since a network's file of a day is imported
			// once
			case "retailPartner" -> {
				String code = "MX" + unique.toUpperCase();
				jdbc.sql("insert into deposits.retail_partner (code, name, secret_sealed, active, created_at)"
						+ " values (:code, 'Matrix network', 'not read by imports', true, now())")
					.param("code", code)
					.update();
				yield code;
			}
			// a restriction of the inmate's that staff can lift
			case "restriction" ->
				as(Who.ADMIN).read("POST", "/api/v1/agencies/DEMO-DOC/inmates/" + inmate + "/restrictions",
						"{\"kind\":\"NO_MEDIA\",\"reason\":\"matrix\"}", "$.id");
			case "spareCard" -> family.read("POST", "/api/v1/payment-methods", MatrixRecords.CARD, "$.id");
			case "refundable", "chargedBack" -> family.read("POST", "/api/v1/deposits",
					MatrixRecords.deposit(inmate, fixture.variables().get("card"), "20.00"), "$.id");
			case "held" -> held(family, family.read("POST", "/api/v1/messages",
					"{\"inmateId\":\"%s\",\"body\":\"A plan to escape, says the matrix.\"}".formatted(inmate), "$.id"));
			// waiting for staff, as an agency that approves contacts and invitations
			// would
			// have them; the one asking is a family of its own
			case "pendingContact" -> MatrixRecords.pending(jdbc, "contact", doc,
					Families.register(mvc, "matrix-pending", null).accountId(), UUID.fromString(inmate));
			case "invitation" -> MatrixRecords.pending(jdbc, "invitation", doc, null, UUID.fromString(inmate));
			case "staff" -> as(Who.ADMIN).read("POST", "/api/v1/agencies/DEMO-DOC/staff",
					"{\"email\":\"target-%s@agency.test\",\"displayName\":\"Matrix Target\",\"roles\":[\"INVESTIGATOR\"]}"
						.formatted(unique),
					"$.id");
			case "keyword" -> keyword(as(Who.ADMIN), unique);
			case "watch" -> watch(as(Who.ADMIN), unique);
			// the other agency's, for the rows that show DEMO-DOC's staff cannot reach
			// them
			case "fedKeyword" -> keyword(as(Who.OTHER_AGENCY), unique);
			case "fedWatch" -> watch(as(Who.OTHER_AGENCY), unique);
			// a visit at the matrix's facility, which waits for staff to approve it
			case "visit", "requestedVisit", "staffVisit", "pageVisit", "pageRequestedVisit", "pageStaffVisit" -> {
				int slot = visits++;
				Instant start = VisitFixtures.inDays(5 + slot % 8, 8 + slot / 8 / 4, slot / 8 % 4 * 15);
				yield JsonPath
					.read(VisitFixtures
						.book(mvc, "Bearer " + tokens.get(Who.FAMILY),
								VisitFixtures.booking(UUID.fromString(fixture.variables().get("visitInmate")), start,
										15, UUID.fromString(fixture.variables().get("card"))))
						.getContentAsString(), "$.id");
			}
			case "windingDown" -> {
				TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
				String code = "T-" + unique.toUpperCase();
				jdbc.sql("update directory.agency set code = :code where id = :id")
					.param("code", code)
					.param("id", agency.value())
					.update();
				yield code;
			}
			// an item of the catalogue of the row's own, which it blocks, unblocks or
			// prices
			case "curatedItem" ->
				MediaFixtures
					.ingested(mvc, "Bearer " + tokens.get(Who.OPERATOR), "curated.mp3",
							MediaFixtures.demoFile("morning-yard.mp3"), "MUSIC", "1.29",
							Map.of("title", "Curated Song " + unique))
					.toString();
			// tablets of the row's own at North Unit: in stock, or issued to an inmate of
			// the row's own (who may hold one tablet only)
			case "device" -> tablet(unique);
			case "issuedDevice" -> {
				String device = tablet(unique);
				as(Who.ADMIN).read("POST", "/api/v1/staff/devices/" + device + "/issue",
						"{\"inmateId\":\"%s\"}".formatted(make("deviceInmate")), "$.id");
				yield device;
			}
			case "deviceInmate" -> Correspondents.inmate(jdbc, doc, "NORTH", "MD" + unique.toUpperCase()).toString();
			// an order (free, from the balance) waiting at North Unit for an inmate of
			// the
			// row's own, who holds no tablet
			case "tabletOrder", "pageTabletOrder" -> {
				UUID id = UUID.randomUUID();
				jdbc.sql(
						"""
								insert into media.tablet_order (id, agency_id, facility_id, inmate_id, model_id, buyer, payer_id,
								       price_minor, commission_minor, currency, status, idempotency_key, request_hash,
								       created_at, updated_at)
								select :id, i.agency_id, i.facility_id, i.id, '0a0c0000-0000-4000-8000-0000000e0002', 'INMATE',
								       i.id, 0, 0, 'USD', 'ORDERED', :key, :hash, current_timestamp, current_timestamp
								  from directory.inmate i where i.id = :inmate""")
					.param("id", id)
					.param("key", unique)
					.param("hash", "0".repeat(64))
					.param("inmate", UUID.fromString(make("deviceInmate")))
					.update();
				yield id.toString();
			}
			// a course of the row's own that DEMO-DOC offers, for the row that withdraws
			// it
			case "spareCourse" -> {
				String course = org.homeward.courses.CoursePackages.imported(mvc, "Bearer " + tokens.get(Who.OPERATOR),
						"MX-" + unique.toUpperCase());
				as(Who.ADMIN).read("PUT", "/api/v1/agencies/DEMO-DOC/courses/" + course, null, "$.id");
				yield course;
			}
			default -> throw new IllegalArgumentException("no record is made for {" + name + "}");
		};
	}

	private String tablet(String unique) throws Exception {
		return as(Who.ADMIN).read("POST", "/api/v1/staff/devices",
				"{\"serial\":\"MX-%s\",\"model\":\"Matrix Tab\",\"facilityCode\":\"NORTH\"}".formatted(unique),
				"$.device.id");
	}

	/** The message, once screening has held it for review. */
	private static String held(Api family, String message) throws Exception {
		long until = System.nanoTime() + 10_000_000_000L;
		while (!family.read("GET", "/api/v1/messages/" + message, null, "$.status").equals("HELD")) {
			if (System.nanoTime() > until) {
				throw new IllegalStateException("message " + message + " was not held for review");
			}
			Thread.sleep(50);
		}
		return message;
	}

	private Api as(Who who) {
		return new Api(mvc, "Bearer " + tokens.get(who));
	}

	private static String keyword(Api admin, String unique) throws Exception {
		return admin.read("POST", "/api/v1/screening/keywords",
				"{\"phrase\":\"matrixword %s\",\"category\":\"test\"}".formatted(unique), "$.id");
	}

	private static String watch(Api staff, String unique) throws Exception {
		return staff.read("POST", "/api/v1/screening/watch-list",
				"{\"kind\":\"EMAIL\",\"entry\":\"watch-%s@example.com\",\"reason\":\"matrix\"}".formatted(unique),
				"$.id");
	}

}
