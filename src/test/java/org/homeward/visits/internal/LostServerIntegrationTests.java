package org.homeward.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.homeward.PaymentCrashes;
import org.homeward.PostgresIntegrationTest;
import org.homeward.TestMail;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A media server that stops answering (twice in a row) loses the calls on it: each visit
 * is MISSED (the call failed), its room and peers closed, refunded in full, and the
 * family told; one lost answer alone ends nothing.
 */
@PostgresIntegrationTest
class LostServerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CallRooms rooms;

	@Autowired
	VisitEndings endings;

	@Test
	void theVisitsOnAServerThatStoppedAnsweringAreRefundedAndTheFamilyTold() throws Exception {
		VisitFixtures.Booked booked = VisitFixtures.booked(jdbc, mvc, "LS", 3);
		UUID visit = booked.visit();
		jdbc.sql("""
				update visits.visit set status = 'LIVE', starts_at = now() - interval '2 minutes',
				  ends_at = now() + interval '13 minutes', family_joined_at = now(), inmate_joined_at = now()
				 where id = :id""").param("id", visit).update();
		// its room is on a server that no longer answers
		CallFixtures.roomOnADeadServer(jdbc, visit);
		jdbc.sql("""
				insert into visits.call_peer (id, visit_id, role, by_account, session_id, handle_id, feed, joined_at)
				values (:peer, :id, 'FAMILY', :account, 2, 2, 1, now())""")
			.param("peer", UUID.randomUUID())
			.param("id", visit)
			.param("account", booked.family().accountId())
			.update();

		rooms.lostCalls().forEach(endings::lost);
		assertThat(status(visit)).as("one lost answer is not an outage").isEqualTo("LIVE");
		rooms.lostCalls().forEach(endings::lost);

		assertThat(status(visit)).isEqualTo("MISSED");
		assertThat(jdbc.sql("select reason from visits.history where visit_id = :id order by seq desc limit 1")
			.param("id", visit)
			.query(String.class)
			.single()).isEqualTo("CALL_FAILED");
		assertThat(PaymentCrashes.chargeStatus(jdbc, visit)).isEqualTo("REFUNDED");
		assertThat(jdbc.sql("select count(*) from visits.call_peer where visit_id = :id and left_at is null")
			.param("id", visit)
			.query(Long.class)
			.single()).isZero();
		assertThat(TestMail.await(booked.family().email(), "did not take place").replace("=\r\n", ""))
			.contains("the call did not connect you for most of the visit")
			.contains("$2.95");
	}

	private String status(UUID visit) {
		return jdbc.sql("select status from visits.visit where id = :id")
			.param("id", visit)
			.query(String.class)
			.single();
	}

}
