package org.homeward.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.homeward.PaymentCrashes;
import org.homeward.PostgresIntegrationTest;
import org.homeward.TestClock;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The time both sides of a call were connected is added up from their pages' reports,
 * once, whichever side reports; a side that says it dropped, or goes silent, stops the
 * count (a silent one within {@link CallPresence#FRESH}). At the end of the slot a visit
 * both sides joined is earned when they were connected for at least half of it, and
 * refunded (MISSED, the call failed) when not; a client that never reports is not judged
 * by it; a visit the inmate never joined is refunded though the family's side went live.
 */
@PostgresIntegrationTest
class CallPresenceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	VisitEndings endings;

	@Test
	void theTimeBothAreConnectedIsCountedOnce() throws Exception {
		UUID visit = VisitFixtures.booked(jdbc, mvc, "PR", 3).visit();
		CallFixtures.roomOnADeadServer(jdbc, visit);
		TestClock clock = new TestClock();
		CallPresence presence = new CallPresence(jdbc, transactions, clock);
		assertThat(presence.bothConnected(visit)).as("nobody reported yet").isEmpty();

		// a minute of both pages reporting every 3 s, a second apart
		for (int i = 0; i < 20; i++) {
			presence.report(visit, VisitCalls.Side.FAMILY, true);
			clock.advance(Duration.ofSeconds(1));
			presence.report(visit, VisitCalls.Side.INMATE, true);
			clock.advance(Duration.ofSeconds(2));
		}
		Duration minute = presence.bothConnected(visit).orElseThrow();
		assertThat(minute).isBetween(Duration.ofSeconds(56), Duration.ofSeconds(60));

		// the kiosk says its call dropped: half a minute of the family alone counts
		// nothing
		presence.report(visit, VisitCalls.Side.INMATE, false);
		for (int i = 0; i < 10; i++) {
			presence.report(visit, VisitCalls.Side.FAMILY, true);
			clock.advance(Duration.ofSeconds(3));
		}
		assertThat(presence.bothConnected(visit)).contains(minute);

		// connected again, then the kiosk goes silent: counted at most FRESH past its
		// last report
		presence.report(visit, VisitCalls.Side.INMATE, true);
		for (int i = 0; i < 10; i++) {
			presence.report(visit, VisitCalls.Side.FAMILY, true);
			clock.advance(Duration.ofSeconds(3));
		}
		assertThat(presence.bothConnected(visit).orElseThrow().minus(minute)).isLessThanOrEqualTo(CallPresence.FRESH);
	}

	@Test
	void aCallThatHeldBothForLessThanHalfTheVisitIsRefunded() throws Exception {
		UUID failed = liveVisit("PF", Duration.ofMinutes(3));
		UUID held = liveVisit("PH", Duration.ofMinutes(10));
		UUID silent = liveVisit("PS", null);
		UUID alone = liveVisit("PL", null);
		jdbc.sql("update visits.visit set inmate_joined_at = null where id = :id").param("id", alone).update();

		endings.finish(failed);
		endings.finish(held);
		endings.finish(silent);
		endings.finish(alone);

		assertThat(status(failed)).isEqualTo("MISSED");
		assertThat(jdbc.sql("select reason from visits.history where visit_id = :id order by seq desc limit 1")
			.param("id", failed)
			.query(String.class)
			.single()).isEqualTo("CALL_FAILED");
		// the scheduled job that ends visits may have ended it first, and be refunding it
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(PaymentCrashes.chargeStatus(jdbc, failed)).isEqualTo("REFUNDED"));
		assertThat(status(held)).as("10 of 15 minutes connected").isEqualTo("COMPLETED");
		assertThat(PaymentCrashes.chargeStatus(jdbc, held)).isNotEqualTo("REFUNDED");
		assertThat(status(silent)).as("pages that never reported: judged by who joined").isEqualTo("COMPLETED");
		assertThat(status(alone)).as("the family came, the inmate was never brought").isEqualTo("MISSED");
		// the scheduled job that ends visits may have ended it first, and be refunding it
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(PaymentCrashes.chargeStatus(jdbc, alone)).isEqualTo("REFUNDED"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> PaymentCrashes.assertLedgerBalanced(jdbc));
	}

	/**
	 * A 15-minute visit both sides joined, whose slot is over, with its room on a media
	 * server that is gone, and both pages' reports adding up to {@code connected} (none
	 * when null).
	 */
	private UUID liveVisit(String prefix, Duration connected) throws Exception {
		UUID visit = VisitFixtures.booked(jdbc, mvc, prefix, 3).visit();
		jdbc.sql("""
				update visits.visit set status = 'LIVE', starts_at = now() - interval '16 minutes',
				  ends_at = now() - interval '1 minute', family_joined_at = now() - interval '16 minutes',
				  inmate_joined_at = now() - interval '16 minutes' where id = :id""").param("id", visit).update();
		CallFixtures.roomOnADeadServer(jdbc, visit);
		if (connected != null) {
			jdbc.sql("""
					update visits.call_room set family_reports = true, inmate_reports = true,
					  both_connected_ms = :ms where visit_id = :id""")
				.param("ms", connected.toMillis())
				.param("id", visit)
				.update();
		}
		return visit;
	}

	private String status(UUID visit) {
		return jdbc.sql("select status from visits.visit where id = :id")
			.param("id", visit)
			.query(String.class)
			.single();
	}

}
