package org.homeward.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.visits.VisitFixtures.call;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.homeward.PaymentCrashes;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.messaging.Correspondents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A family moves their visit to another free time before the cut-off: nothing charged or
 * refunded, the old time freed, the history and the calendar invitation updated; the
 * rules of booking apply to the new time; where staff approve each visit, a moved one
 * waits for approval again.
 */
@PostgresIntegrationTest
class VisitMoveIntegrationTests {

	private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFamilyMovesTheirVisitForNothingMore() throws Exception {
		VisitFixtures.Booked booked = VisitFixtures.booked(jdbc, mvc, "MV", 3);
		String bearer = booked.family().bearer();
		Instant was = VisitFixtures.inDays(3, 9, 0);
		Instant to = VisitFixtures.inDays(3, 15, 0);

		MockHttpServletResponse moved = move(booked.visit(), bearer, to);

		assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);
		String body = moved.getContentAsString();
		assertThat(Instant.parse(JsonPath.read(body, "$.start"))).isEqualTo(to);
		assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("SCHEDULED");
		assertThat(Instant.parse(JsonPath.read(body, "$.history[-1].movedFrom"))).isEqualTo(was);
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, booked.visit())).as("charged once, at booking")
			.isEqualTo(1);
		assertThat(PaymentCrashes.chargeStatus(jdbc, booked.visit())).isNotEqualTo("REFUNDED");
		String mail = TestMail.await(booked.family().email(), "is moved").replace("=\r\n", "");
		assertThat(mail).contains("visit-" + booked.visit() + "@homeward")
			.contains("DTSTART:" + ICS.format(to))
			.contains("METHOD:REQUEST");

		assertThat(move(booked.visit(), bearer, to).getStatus()).as("the same time again: no change").isEqualTo(200);
		assertThat(move(booked.visit(), bearer, was).getStatus()).as("its old time is free again").isEqualTo(200);
		assertRefused(move(booked.visit(), bearer, VisitFixtures.inDays(3, 21, 0)), 422, "outside-visiting-hours");

		VisitFixtures.Booked other = VisitFixtures.booked(jdbc, mvc, "MO", 3);
		assertThat(move(booked.visit(), other.family().bearer(), to).getStatus()).as("someone else's visit")
			.isEqualTo(404);

		// the visit is now less than the cut-off (24 hours) away
		jdbc.sql("update visits.visit set starts_at = now() + interval '2 hours', "
				+ "ends_at = now() + interval '2 hours 15 minutes' where id = :id")
			.param("id", booked.visit())
			.update();
		assertRefused(move(booked.visit(), bearer, to), 422, "visit-change-too-late");
	}

	@Test
	void aMovedVisitWaitsForApprovalAgainWhereStaffApprove() throws Exception {
		VisitFixtures.Booked booked = VisitFixtures.booked(jdbc, mvc, "MA", 3, true);
		String officer = "Bearer "
				+ SignedIn.token(mvc, Correspondents.staffAccount(jdbc, booked.agency(), "VISITATION_OFFICER"));
		assertThat(call(mvc, "POST", "/api/v1/staff/visits/" + booked.visit() + "/decision", officer,
				"{\"decision\":\"APPROVE\"}")
			.getStatus()).isEqualTo(200);

		MockHttpServletResponse moved = move(booked.visit(), booked.family().bearer(), VisitFixtures.inDays(4, 11, 0));

		assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);
		assertThat(JsonPath.<String>read(moved.getContentAsString(), "$.status")).isEqualTo("REQUESTED");
		assertThat(TestMail.await(booked.family().email(), "is moved").replace("=\r\n", ""))
			.contains("approves each visit");
	}

	private MockHttpServletResponse move(UUID visit, String bearer, Instant start) throws Exception {
		return call(mvc, "POST", "/api/v1/visits/" + visit + "/reschedule", bearer, "{\"start\":\"" + start + "\"}");
	}

	private static void assertRefused(MockHttpServletResponse answer, int status, String code) throws Exception {
		assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(status);
		assertThat(JsonPath.<String>read(answer.getContentAsString(), "$.code")).isEqualTo(code);
	}

}
