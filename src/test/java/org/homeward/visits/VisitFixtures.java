package org.homeward.visits;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.homeward.Families;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A facility of a test's own at DEMO-DOC, with video visiting every day from 8:00 to
 * 20:00 New York time (15 minutes for $2.95, 30 for $5.90, booked 24 hours to 14 days
 * ahead, cancelled up to 24 hours before), so that visits booked by other tests and
 * earlier runs never take its stations.
 */
public final class VisitFixtures {

	public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private VisitFixtures() {
	}

	public static TenantId demoDoc(JdbcClient jdbc) {
		return new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
	}

	/** The new facility's code; its id by {@link #facilityId}. */
	public static String facility(JdbcClient jdbc, int stations, int allowance, boolean approval) {
		TenantId agency = demoDoc(jdbc);
		UUID id = UUID.randomUUID();
		String code = "V" + id.toString().substring(0, 8).toUpperCase();
		jdbc.sql("insert into directory.facility (id, agency_id, code, name) values (:id, :agency, :code, :name)")
			.param("id", id)
			.param("agency", agency.value())
			.param("code", code)
			.param("name", "Visit Unit " + code)
			.update();
		jdbc.sql(
				"""
						insert into visits.schedule (facility_id, agency_id, time_zone, stations, weekly_allowance,
						  min_hours_ahead, max_days_ahead, cancel_cutoff_hours, needs_approval, recorded, retention_days, updated_at)
						values (:id, :agency, 'America/New_York', :stations, :allowance, 24, 14, 24, :approval, true, 90, :now)""")
			.param("id", id)
			.param("agency", agency.value())
			.param("stations", stations)
			.param("allowance", allowance)
			.param("approval", approval)
			.param("now", OffsetDateTime.now())
			.update();
		for (int day = 1; day <= 7; day++) {
			jdbc.sql(
					"insert into visits.opening (facility_id, day_of_week, opens, closes) values (:id, :day, :opens, :closes)")
				.param("id", id)
				.param("day", day)
				.param("opens", LocalTime.of(8, 0))
				.param("closes", LocalTime.of(20, 0))
				.update();
		}
		jdbc.sql("""
				insert into visits.visit_length (facility_id, minutes, price_minor, currency)
				values (:id, 15, 295, 'USD'), (:id, 30, 590, 'USD')""").param("id", id).update();
		return code;
	}

	public static UUID facilityId(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from directory.facility where code = :code")
			.param("code", code)
			.query(UUID.class)
			.single();
	}

	/** A moment {@code days} from today at this New York wall-clock time. */
	public static Instant inDays(int days, int hour, int minute) {
		return ZonedDateTime.of(LocalDate.now(NEW_YORK).plusDays(days), LocalTime.of(hour, minute), NEW_YORK)
			.toInstant();
	}

	public static String booking(UUID inmate, Instant start, int minutes, UUID card) {
		return "{\"inmateId\":\"%s\",\"start\":\"%s\",\"lengthMinutes\":%d,\"paymentMethodId\":\"%s\"}"
			.formatted(inmate, start, minutes, card);
	}

	/**
	 * A visit booked and paid {@code days} ahead at 9:00 by a new family of a new inmate
	 * (numbered from {@code prefix}) at a new facility of DEMO-DOC with two stations and
	 * five visits a week, without approval.
	 */
	public record Booked(TenantId agency, String inmateNumber, UUID inmate, Families.Family family, UUID card,
			UUID visit) {
	}

	public static Booked booked(JdbcClient jdbc, MockMvc mvc, String prefix, int days) throws Exception {
		return booked(jdbc, mvc, prefix, days, false);
	}

	/** The same, where staff approve each visit when {@code approval}. */
	public static Booked booked(JdbcClient jdbc, MockMvc mvc, String prefix, int days, boolean approval)
			throws Exception {
		TenantId doc = demoDoc(jdbc);
		String number = prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, doc, facility(jdbc, 2, 5, approval), number);
		Families.Family family = Families.register(mvc, "visit-" + prefix.toLowerCase(), inmate);
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		String visit = JsonPath.read(
				book(mvc, family.bearer(), booking(inmate, inDays(days, 9, 0), 15, card)).getContentAsString(), "$.id");
		return new Booked(doc, number, inmate, family, card, UUID.fromString(visit));
	}

	/** Books through the API under a fresh key. */
	public static MockHttpServletResponse book(MockMvc mvc, String bearer, String body) throws Exception {
		return book(mvc, bearer, body, UUID.randomUUID().toString());
	}

	public static MockHttpServletResponse book(MockMvc mvc, String bearer, String body, String key) throws Exception {
		return mvc
			.perform(post("/api/v1/visits").header("Authorization", bearer)
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	public static MockHttpServletResponse call(MockMvc mvc, String method, String path, String bearer, String body)
			throws Exception {
		var request = method.equals("GET") ? get(path) : post(path);
		return mvc
			.perform(request.header("Authorization", bearer)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

}
