package org.homeward.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.visits.VisitFixtures.book;
import static org.homeward.visits.VisitFixtures.booking;
import static org.homeward.visits.VisitFixtures.call;
import static org.homeward.visits.VisitFixtures.inDays;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.homeward.Families;
import org.homeward.PaymentCrashes;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SmtpServer;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Families booking, paying for and cancelling video visits through the API, on
 * PostgreSQL: each facility is the test's own, so its stations and allowances are the
 * test's alone.
 */
@PostgresIntegrationTest
class VisitBookingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	record Booker(Families.Family family, UUID card) {
	}

	Booker booker(UUID inmate) throws Exception {
		Families.Family family = Families.register(mvc, "visits", inmate);
		return new Booker(family, Families.card(mvc, family.bearer(), Families.APPROVED_CARD));
	}

	UUID inmate(String facility) {
		return Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), facility,
				"VI" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
	}

	long deferred() {
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		return ledger.balance(new AccountKey(AccountKind.DEFERRED_VISIT_REVENUE, Unit.USD, doc.value()));
	}

	@Test
	void aFamilyBooksAFreeTimePaysOnceAndGetsAnInvitation() throws Exception {
		String facility = VisitFixtures.facility(jdbc, 2, 2, false);
		UUID inmate = inmate(facility);
		Booker rosa = booker(inmate);
		Instant start = inDays(3, 14, 15);
		String day = start.atZone(VisitFixtures.NEW_YORK).toLocalDate().toString();
		String slots = call(mvc, "GET", "/api/v1/visits/slots?inmateId=%s&from=%s&to=%s".formatted(inmate, day, day),
				rosa.family().bearer(), "")
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(slots, "$[?(@.available == true && @.lengthMinutes == 15)].start"))
			.hasSize(48)
			.contains(start.toString());
		long heldBefore = deferred();

		String key = UUID.randomUUID().toString();
		String body = booking(inmate, start, 15, rosa.card());
		MockHttpServletResponse booked = book(mvc, rosa.family().bearer(), body, key);
		assertThat(booked.getStatus()).isEqualTo(201);
		String id = JsonPath.read(booked.getContentAsString(), "$.id");
		assertThat(JsonPath.<String>read(booked.getContentAsString(), "$.status")).isEqualTo("SCHEDULED");
		assertThat(JsonPath.<String>read(booked.getContentAsString(), "$.price.amount")).isEqualTo("2.95");
		assertThat(JsonPath.<String>read(booked.getContentAsString(), "$.timeZone")).isEqualTo("America/New_York");
		// pressed twice: the same visit, nothing more charged
		MockHttpServletResponse again = book(mvc, rosa.family().bearer(), body, key);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<String>read(again.getContentAsString(), "$.id")).isEqualTo(id);
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, UUID.fromString(id))).isEqualTo(1);
		assertThat(book(mvc, rosa.family().bearer(), booking(inmate, start.plusSeconds(900), 15, rosa.card()), key)
			.getStatus()).as("the key reused for another visit").isEqualTo(409);
		assertThat(deferred() - heldBefore).as("the price held for the visit").isEqualTo(295);

		String slotsAfter = call(mvc, "GET",
				"/api/v1/visits/slots?inmateId=%s&from=%s&to=%s".formatted(inmate, day, day), rosa.family().bearer(),
				"")
			.getContentAsString();
		assertThat(JsonPath.<List<Boolean>>read(slotsAfter,
				"$[?(@.start == '%s' && @.lengthMinutes == 15)].available".formatted(start)))
			.containsExactly(false);

		MimeMessage mail = awaitMail(rosa.family().email(), "video visit is booked");
		String calendar = calendarOf(mail);
		assertThat(calendar).contains("BEGIN:VEVENT", "METHOD:REQUEST", "UID:visit-" + id + "@homeward",
				"DTSTART:" + start.toString().replace("-", "").replace(":", ""));
		assertThat(call(mvc, "GET", "/api/v1/visits", rosa.family().bearer(), "").getContentAsString()).contains(id);
	}

	@Test
	void cancellingInTimeRefundsTheCardAndTooLateIsRefused() throws Exception {
		String facility = VisitFixtures.facility(jdbc, 2, 5, false);
		UUID inmate = inmate(facility);
		Booker rosa = booker(inmate);
		String id = JsonPath.read(book(mvc, rosa.family().bearer(), booking(inmate, inDays(4, 9, 0), 30, rosa.card()))
			.getContentAsString(), "$.id");
		long held = deferred();
		MockHttpServletResponse cancelled = call(mvc, "POST", "/api/v1/visits/" + id + "/cancel",
				rosa.family().bearer(), "");
		assertThat(cancelled.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<String>read(cancelled.getContentAsString(), "$.status")).isEqualTo("CANCELLED");
		assertThat(JsonPath.<String>read(cancelled.getContentAsString(), "$.refund.amount")).isEqualTo("5.90");
		assertThat(JsonPath.<List<String>>read(cancelled.getContentAsString(), "$.history[*].status"))
			.containsExactly("PAYING", "SCHEDULED", "CANCELLED");
		assertThat(held - deferred()).isEqualTo(590);
		assertThat(PaymentCrashes.chargeStatus(jdbc, UUID.fromString(id))).isEqualTo("REFUNDED");
		assertThat(call(mvc, "POST", "/api/v1/visits/" + id + "/cancel", rosa.family().bearer(), "").getStatus())
			.as("cancelling twice")
			.isEqualTo(200);
		assertThat(held - deferred()).as("refunded once").isEqualTo(590);

		// a visit that starts within the cut-off (24 hours) is not the family's to cancel
		String soon = JsonPath.read(book(mvc, rosa.family().bearer(), booking(inmate, inDays(3, 9, 0), 15, rosa.card()))
			.getContentAsString(), "$.id");
		jdbc.sql(
				"update visits.visit set starts_at = now() + interval '2 hours', ends_at = now() + interval '135 minutes' where id = :id")
			.param("id", UUID.fromString(soon))
			.update();
		MockHttpServletResponse late = call(mvc, "POST", "/api/v1/visits/" + soon + "/cancel", rosa.family().bearer(),
				"");
		assertThat(late.getStatus()).isEqualTo(422);
		assertThat(JsonPath.<String>read(late.getContentAsString(), "$.code")).isEqualTo("visit-cancel-too-late");

		Booker stranger = booker(null);
		assertThat(call(mvc, "POST", "/api/v1/visits/" + soon + "/cancel", stranger.family().bearer(), "").getStatus())
			.isEqualTo(404);
		assertThat(call(mvc, "GET", "/api/v1/visits/" + soon, stranger.family().bearer(), "").getStatus())
			.isEqualTo(404);
	}

	@Test
	void theLastStationGoesToOneFamilyWithOneCharge() throws Exception {
		String facility = VisitFixtures.facility(jdbc, 2, 5, false);
		Instant start = inDays(5, 11, 0);
		UUID first = inmate(facility);
		Booker early = booker(first);
		assertThat(book(mvc, early.family().bearer(), booking(first, start, 15, early.card())).getStatus())
			.isEqualTo(201);
		int racers = 6;
		List<Booker> bookers = new ArrayList<>();
		List<UUID> inmates = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			UUID inmate = inmate(facility);
			inmates.add(inmate);
			bookers.add(booker(inmate));
		}
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < racers; i++) {
				Booker booker = bookers.get(i);
				String body = booking(inmates.get(i), start, 15, booker.card());
				answers.add(pool
					.submit((Callable<MockHttpServletResponse>) () -> book(mvc, booker.family().bearer(), body)));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				statuses.add(answer.get().getStatus());
			}
			assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("""
				select count(*) from visits.visit v join payments.sandbox_charge c on c.idempotency_key = v.id::text
				 where v.facility_id = (select id from directory.facility where code = :code)""")
			.param("code", facility)
			.query(Integer.class)
			.single()).as("charges at the gateway").isEqualTo(2);

		// one family pressing "Pay" five times at once: one visit, one charge
		UUID inmate = inmate(facility);
		Booker quick = booker(inmate);
		String key = UUID.randomUUID().toString();
		String body = booking(inmate, inDays(5, 12, 0), 15, quick.card());
		ExecutorService clicks = Executors.newFixedThreadPool(5);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				answers.add(clicks
					.submit((Callable<MockHttpServletResponse>) () -> book(mvc, quick.family().bearer(), body, key)));
			}
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get().getStatus()).isIn(200, 201, 202);
			}
		}
		finally {
			clicks.shutdown();
		}
		List<UUID> visits = jdbc.sql("select id from visits.visit where account_id = :account")
			.param("account", quick.family().accountId())
			.query(UUID.class)
			.list();
		assertThat(visits).hasSize(1);
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, visits.get(0))).isEqualTo(1);
	}

	@Test
	void refusalsNameTheirRuleAndChargeNothing() throws Exception {
		String facility = VisitFixtures.facility(jdbc, 3, 1, false);
		UUID inmate = inmate(facility);
		Booker rosa = booker(inmate);
		assertThat(book(mvc, rosa.family().bearer(), booking(inmate, inDays(2, 10, 0), 15, rosa.card())).getStatus())
			.isEqualTo(201);
		assertRefused(book(mvc, rosa.family().bearer(), booking(inmate, inDays(2, 11, 0), 15, rosa.card())), 422,
				"visit-allowance-used", inmate);
		assertRefused(book(mvc, rosa.family().bearer(), booking(inmate, inDays(20, 10, 0), 15, rosa.card())), 422,
				"outside-booking-window", inmate);
		assertRefused(book(mvc, rosa.family().bearer(), booking(inmate, inDays(10, 21, 0), 15, rosa.card())), 422,
				"outside-visiting-hours", inmate);
		assertRefused(book(mvc, rosa.family().bearer(), booking(inmate, inDays(2, 10, 0), 15, rosa.card())), 409,
				"inmate-busy", inmate);

		UUID restricted = inmate(facility);
		Booker ana = booker(restricted);
		jdbc.sql("""
				insert into directory.inmate_restriction (id, inmate_id, kind, until_date, reason, created_at)
				values (:id, :inmate, 'NO_VIDEO_VISITS', null, 'test', now())""")
			.param("id", UUID.randomUUID())
			.param("inmate", restricted)
			.update();
		assertRefused(book(mvc, ana.family().bearer(), booking(restricted, inDays(3, 10, 0), 15, ana.card())), 422,
				"inmate-restricted", restricted);

		Booker stranger = booker(null);
		assertThat(book(mvc, stranger.family().bearer(), booking(inmate, inDays(3, 10, 0), 15, stranger.card()))
			.getStatus()).as("not their contact").isEqualTo(404);

		UUID other = inmate(facility);
		Booker luis = booker(other);
		UUID luisDeclined = Families.card(mvc, luis.family().bearer(), "4000000000000002");
		MockHttpServletResponse declined = book(mvc, luis.family().bearer(),
				booking(other, inDays(4, 10, 0), 15, luisDeclined));
		assertThat(declined.getStatus()).isEqualTo(402);
		assertThat(call(mvc, "GET", "/api/v1/visits", luis.family().bearer(), "").getContentAsString()).isEqualTo("[]");
		assertThat(book(mvc, luis.family().bearer(), booking(other, inDays(4, 10, 0), 15, luis.card())).getStatus())
			.as("the declined booking freed its station")
			.isEqualTo(201);
	}

	private void assertRefused(MockHttpServletResponse answer, int status, String code, UUID inmate) throws Exception {
		assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(status);
		assertThat(JsonPath.<String>read(answer.getContentAsString(), "$.code")).isEqualTo(code);
		assertThat(jdbc.sql("select count(*) from visits.visit where inmate_id = :inmate and status = 'PAYING'")
			.param("inmate", inmate)
			.query(Integer.class)
			.single()).isZero();
	}

	static MimeMessage awaitMail(String to, String subject) throws Exception {
		for (int i = 0; i < 100; i++) {
			for (MimeMessage message : SmtpServer.mail().getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(to)
						&& message.getSubject().contains(subject)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + to + " about " + subject);
	}

	static String calendarOf(MimeMessage message) throws Exception {
		MimeMultipart parts = (MimeMultipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
				return new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no calendar in the mail");
	}

}
