package org.homeward.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.homeward.PostgresIntegrationTest;
import org.homeward.TestMail;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A family is reminded of their visit once, an hour before it starts, in a mail that
 * names the inmate and links the visit's page; a visit booked inside that hour (its
 * confirmation just sent) and a cancelled one are not reminded.
 */
@PostgresIntegrationTest
class VisitReminderIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitReminders reminders;

	@Test
	void aFamilyIsRemindedOnceAnHourBefore() throws Exception {
		VisitFixtures.Booked soon = VisitFixtures.booked(jdbc, mvc, "RM", 3);
		VisitFixtures.Booked later = VisitFixtures.booked(jdbc, mvc, "RL", 3);
		VisitFixtures.Booked justBooked = VisitFixtures.booked(jdbc, mvc, "RJ", 3);
		// booked yesterday, starting in 40 minutes; another in three hours; one booked a
		// minute ago for 20 minutes from now
		move(soon.visit(), "40 minutes", "1 day");
		move(later.visit(), "3 hours", "1 day");
		move(justBooked.visit(), "20 minutes", "1 minute");

		reminders.remindDue();
		reminders.remindDue();

		String text = TestMail.await(soon.family().email(), "coming up").replace("=\r\n", "");
		assertThat(text).contains("15-minute video visit with").contains("/visits/" + soon.visit());
		assertThat(TestMail.count(soon.family().email(), "coming up")).as("reminded once").isEqualTo(1);
		assertThat(remindedAt(later.visit())).as("three hours ahead: not yet").isFalse();
		assertThat(remindedAt(justBooked.visit())).as("booked inside the hour: marked, no mail").isTrue();
		assertThat(TestMail.count(justBooked.family().email(), "coming up")).isZero();
	}

	private void move(UUID visit, String startsIn, String bookedAgo) {
		jdbc.sql("update visits.visit set starts_at = now() + cast(:in as interval), "
				+ "ends_at = now() + cast(:in as interval) + interval '15 minutes', "
				+ "created_at = now() - cast(:ago as interval) where id = :id")
			.param("in", startsIn)
			.param("ago", bookedAgo)
			.param("id", visit)
			.update();
	}

	private boolean remindedAt(UUID visit) {
		return jdbc.sql("select reminded_at is not null from visits.visit where id = :id")
			.param("id", visit)
			.query(Boolean.class)
			.single();
	}

}
