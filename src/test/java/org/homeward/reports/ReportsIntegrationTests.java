package org.homeward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.homeward.Families;
import org.homeward.PageSession;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.contracts.FeeChannel;
import org.homeward.deposits.DepositCompleted;
import org.homeward.deposits.DepositReversed;
import org.homeward.deposits.DepositStatus;
import org.homeward.directory.TestAgencies;
import org.homeward.media.MediaSaleRefunded;
import org.homeward.media.MediaSold;
import org.homeward.messaging.Correspondents;
import org.homeward.messaging.MessageDelivered;
import org.homeward.messaging.MessageHeld;
import org.homeward.messaging.MessageRejected;
import org.homeward.messaging.MessageWritten;
import org.homeward.reports.internal.Rollups;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.homeward.stamps.StampsBought;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports count what the modules' events say, each event once: a month of events
 * whose numbers were worked out by hand, by day, week and month; the commission statement
 * of real deposits and a refund equals the ledger to the cent; the live sums equal a
 * rebuild from the recorded events; only the agency's administrators and operators read
 * them.
 */
@PostgresIntegrationTest
class ReportsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Rollups rollups;

	private static final YearMonth MARCH = YearMonth.of(2026, 3);

	@Test
	void aMonthOfEventsAddsUpToTheNumbersWorkedOutByHand() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		UUID east = facility(agency, "EAST");
		UUID west = facility(agency, "WEST");
		UUID written1 = UUID.randomUUID();
		UUID written2 = UUID.randomUUID();
		UUID written3 = UUID.randomUUID();
		UUID rejected = UUID.randomUUID();
		UUID deposit = UUID.randomUUID();

		// Monday March 2: two letters to inmates at EAST (a stamp each), one of them held
		// at 10:01
		publish(new MessageWritten(written1, agency, east, true, 1, at(2, 10, 0)),
				new MessageWritten(written2, agency, east, true, 1, at(2, 10, 0)),
				new MessageHeld(written2, agency, east, true, at(2, 10, 0), at(2, 10, 1)),
				new MessageWritten(rejected, agency, west, true, 2, at(2, 11, 0)),
				new MessageHeld(rejected, agency, west, true, at(2, 11, 0), at(2, 11, 5)),
				// a $20 deposit online ($4.95 fee, $2.50 to the agency) and stamps for
				// the agency
				new DepositCompleted(deposit, null, null, agency, usd(2000), usd(495), usd(250), at(2, 9, 0),
						FeeChannel.ONLINE),
				new StampsBought(UUID.randomUUID(), UUID.randomUUID(), agency, 10, usd(400), at(2, 9, 30)));
		awaitFacts(agency, 12);
		// delivered after 3 minutes; the held one after 2.5 hours (2 h 29 min in review);
		// the
		// other held one rejected after 25 minutes of review
		publish(new MessageDelivered(written1, agency, east, true, false, at(2, 10, 0), at(2, 10, 3)),
				new MessageDelivered(written2, agency, east, true, false, at(2, 10, 0), at(2, 12, 30)),
				new MessageRejected(rejected, agency, west, true, "threat", at(2, 11, 0), at(2, 11, 30)));
		// Tuesday March 10: an inmate's reply (2 stamps) delivered after 20 minutes; a
		// $50
		// deposit by phone; Sunday March 15 the $20 deposit refunded; a song sold and
		// refunded
		UUID sale = UUID.randomUUID();
		publish(new MessageWritten(written3, agency, west, false, 2, at(10, 8, 0)),
				new MessageDelivered(written3, agency, west, false, true, at(10, 8, 0), at(10, 8, 20)),
				new DepositCompleted(UUID.randomUUID(), null, null, agency, usd(5000), usd(695), usd(250), at(10, 9, 0),
						FeeChannel.PHONE),
				new DepositReversed(deposit, agency, DepositStatus.REFUNDED, usd(2000), usd(495), at(15, 9, 0),
						usd(250)),
				new MediaSold(sale, agency, east, false, usd(129), usd(13), at(10, 12, 0)),
				new MediaSaleRefunded(sale, agency, east, false, usd(129), usd(13), at(11, 12, 0)));
		// a second delivery of an event already counted changes nothing
		publish(new DepositCompleted(deposit, null, null, agency, usd(2000), usd(495), usd(250), at(2, 9, 0),
				FeeChannel.ONLINE));
		awaitFacts(agency, 33);

		String operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		mvc.perform(get("/api/v1/agencies/{code}/reports/2026-03", code).header("Authorization", operator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periods.length()").value(31))
			.andExpect(jsonPath("$.total.values.MESSAGES_WRITTEN").value(4))
			.andExpect(jsonPath("$.total.values.MESSAGES_DELIVERED").value(3))
			.andExpect(jsonPath("$.total.values.MESSAGES_PRINTED").value(1))
			.andExpect(jsonPath("$.total.values.MESSAGES_HELD").value(2))
			.andExpect(jsonPath("$.total.values.MESSAGES_REJECTED").value(1))
			.andExpect(jsonPath("$.total.values.STAMPS_USED").value(6))
			.andExpect(jsonPath("$.total.values.STAMPS_SOLD").value(10))
			.andExpect(jsonPath("$.total.values.STAMP_SALES.amount").value("4.00"))
			.andExpect(jsonPath("$.total.values.DEPOSITS").value(2))
			.andExpect(jsonPath("$.total.values.DEPOSITED.amount").value("70.00"))
			.andExpect(jsonPath("$.total.values.DEPOSITS_REVERSED").value(1))
			// $4.95 + $6.95 - $4.95 refunded with its deposit
			.andExpect(jsonPath("$.total.values.DEPOSIT_FEES.amount").value("6.95"))
			.andExpect(jsonPath("$.total.values.MEDIA_SOLD").value(0))
			.andExpect(jsonPath("$.total.values.COMMISSION.amount").value("2.50"))
			// day 2 (index 1): three letters written, one delivered; day 10: the reply
			.andExpect(jsonPath("$.periods[1].values.MESSAGES_WRITTEN").value(3))
			.andExpect(jsonPath("$.periods[1].values.MESSAGES_DELIVERED").value(2))
			.andExpect(jsonPath("$.periods[9].values.MESSAGES_WRITTEN").value(1))
			.andExpect(jsonPath("$.periods[14].values.DEPOSITS_REVERSED").value(1))
			// deliveries within 5 min, 30 min and 4 h: half within 30 minutes, 95 in 100
			// within 4 hours
			.andExpect(jsonPath("$.deliveryTime.medianMinutes").value(30))
			.andExpect(jsonPath("$.deliveryTime.p95Minutes").value(240))
			// reviews of 25 minutes and 2 h 29 min
			.andExpect(jsonPath("$.reviewWait.medianMinutes").value(30))
			.andExpect(jsonPath("$.reviewWait.p95Minutes").value(240));
		// March 1 2026 is a Sunday: weeks from Monday, cut at the month's ends
		mvc.perform(get("/api/v1/agencies/{code}/reports/2026-03", code).param("grain", "WEEK")
			.header("Authorization", operator))
			.andExpect(jsonPath("$.periods.length()").value(6))
			.andExpect(jsonPath("$.periods[0].from").value("2026-03-01"))
			.andExpect(jsonPath("$.periods[0].to").value("2026-03-01"))
			.andExpect(jsonPath("$.periods[1].from").value("2026-03-02"))
			.andExpect(jsonPath("$.periods[1].to").value("2026-03-08"))
			.andExpect(jsonPath("$.periods[1].values.MESSAGES_WRITTEN").value(3))
			.andExpect(jsonPath("$.periods[2].values.DEPOSITED.amount").value("50.00"))
			.andExpect(jsonPath("$.periods[5].to").value("2026-03-31"));
		// the twelve months to April: March holds everything
		mvc.perform(get("/api/v1/agencies/{code}/reports/2026-04", code).param("grain", "MONTH")
			.header("Authorization", operator))
			.andExpect(jsonPath("$.periods.length()").value(12))
			.andExpect(jsonPath("$.periods[10].from").value("2026-03-01"))
			.andExpect(jsonPath("$.periods[10].values.MESSAGES_WRITTEN").value(4))
			.andExpect(jsonPath("$.periods[11].values.MESSAGES_WRITTEN").value(0));
		// one facility: EAST had the two letters and the song
		mvc.perform(get("/api/v1/agencies/{code}/reports/2026-03", code).param("facility", east.toString())
			.header("Authorization", operator))
			.andExpect(jsonPath("$.total.values.MESSAGES_WRITTEN").value(2))
			.andExpect(jsonPath("$.total.values.STAMPS_SOLD").value(0));
		// a facility of another agency is not found
		mvc.perform(get("/api/v1/agencies/{code}/reports/2026-03", code)
			.param("facility", facility(new TenantId(demoDoc()), "NORTH").toString())
			.header("Authorization", operator)).andExpect(status().isNotFound());
		// months are written 2026-03; anything else is refused with the field named
		mvc.perform(get("/api/v1/agencies/{code}/reports/2026-13", code).header("Authorization", operator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		mvc.perform(get("/api/v1/agencies/{code}/reports/march", code).header("Authorization", operator))
			.andExpect(status().isBadRequest());
		assertThat(west).isNotEqualTo(east);
	}

	@Test
	void theCommissionStatementOfDepositsAndARefundEqualsTheLedgerToTheCent() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		Correspondents.takingDeposits(jdbc, agency);
		String code = TestAgencies.code(jdbc, agency);
		UUID inmate = Correspondents.inmate(jdbc, agency, "R" + UUID.randomUUID().toString().substring(0, 6));
		Families.Family family = Families.register(mvc, "statement", inmate);
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		String first = deposit(family, inmate, card, "20.00");
		deposit(family, inmate, card, "45.00");
		String operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		mvc.perform(post("/api/v1/admin/deposits/{id}/refund", first).header("Authorization", operator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"sent to the wrong person\"}")).andExpect(status().isOk());
		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		// the copied contract pays the agency $2.50 a deposit: two deposits, one refunded
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc
				.perform(get("/api/v1/agencies/{code}/commission-statements/{month}", code, month.toString())
					.header("Authorization", operator))
				.andExpect(jsonPath("$.total.amount").value("2.50"))
				.andExpect(jsonPath("$.ledgerTotal.amount").value("2.50"))
				.andExpect(jsonPath("$.agrees").value(true)));
		mvc.perform(get("/api/v1/agencies/{code}/commission-statements/{month}.csv", code, month.toString())
			.header("Authorization", operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code + "," + month + ",deposits,2,2.50")))
			.andExpect(content().string(containsString(code + "," + month + ",ledger,,2.50")));

		String admin = Correspondents.staffAccount(jdbc, agency, "AGENCY_ADMIN");
		PageSession page = PageSession
			.of(mvc.perform(formLogin("/login").user(admin).password(SignedIn.STAFF_PASSWORD)).andReturn());
		mvc.perform(get("/staff/reports").with(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("The statement and the ledger agree to the cent.")));
		byte[] pdf = mvc.perform(get("/staff/reports/statement.pdf").with(page))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("$2.50").contains("agree to the cent");
		}
		// the agency's administrator reads their own agency, whatever they ask for
		mvc.perform(get("/staff/reports").param("agency", "DEMO-DOC").with(page))
			.andExpect(content().string(containsString(code)));
		String reviewer = Correspondents.staff(mvc, jdbc, agency, "MAILROOM_REVIEWER");
		mvc.perform(get("/api/v1/agencies/{code}/reports/{month}", code, month.toString()).header("Authorization",
				reviewer))
			.andExpect(status().isForbidden());
		String docAdmin = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN);
		mvc.perform(get("/api/v1/agencies/{code}/commission-statements/{month}", code, month.toString())
			.header("Authorization", docAdmin)).andExpect(status().isNotFound());
	}

	@Test
	void theLiveSumsEqualARebuildFromTheRecordedEvents() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		UUID east = facility(agency, "EAST");
		for (int day = 1; day <= 5; day++) {
			publish(new MessageWritten(UUID.randomUUID(), agency, east, true, day, at(day, 8, 0)),
					new DepositCompleted(UUID.randomUUID(), null, null, agency, usd(1000L * day), usd(300), usd(100),
							at(day, 9, 0), FeeChannel.LOBBY));
		}
		awaitFacts(agency, 25);
		List<Rollups.Daily> live = ofAgency(agency);
		assertThat(live).isNotEmpty();
		String operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		mvc.perform(post("/api/v1/admin/reports/rebuild").header("Authorization", operator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sums").isNumber());
		assertThat(ofAgency(agency)).containsExactlyElementsOf(live);
		// a sum that drifted is put right by the rebuild
		jdbc.sql("update reports.daily set quantity = quantity + 7 where agency_id = :a")
			.param("a", agency.value())
			.update();
		assertThat(ofAgency(agency)).isNotEqualTo(live);
		rollups.rebuild();
		assertThat(ofAgency(agency)).containsExactlyElementsOf(live);
	}

	@Test
	void thePublicPricePageShowsEachAgencysPricesInBothLanguages() throws Exception {
		mvc.perform(get("/prices"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/prices/DEMO-DOC")));
		mvc.perform(get("/prices/DEMO-DOC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Prices at Demo State Department of Corrections")))
			.andExpect(content().string(containsString("5 stamps")))
			.andExpect(content().string(containsString("$2.25")))
			.andExpect(content().string(containsString("Online, up to $20.00")))
			.andExpect(content().string(containsString("$4.95")))
			.andExpect(content().string(containsString("Cash in person, up to")))
			.andExpect(content().string(containsString("What the agency receives")))
			.andExpect(content().string(containsString("Video visits")))
			.andExpect(content().string(containsString("Prices in force on")));
		mvc.perform(get("/prices/DEMO-FED"))
			.andExpect(content().string(containsString("Families write for free. Inmates pay $0.05 a minute")))
			.andExpect(content().string(containsString("40 minutes at the terminal")));
		mvc.perform(get("/prices/DEMO-DOC").param("lang", "es"))
			.andExpect(content().string(containsString("Precios en Demo State Department of Corrections")))
			.andExpect(content().string(containsString("5 sellos")));
		mvc.perform(get("/prices/NOPE")).andExpect(status().isNotFound());
	}

	private List<Rollups.Daily> ofAgency(TenantId agency) {
		return rollups.all().stream().filter(d -> d.agency().equals(agency)).toList();
	}

	private String deposit(Families.Family family, UUID inmate, UUID card, String amount) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/deposits").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
						.formatted(inmate, amount, card)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private void publish(Object... published) {
		transactions.executeWithoutResult(status -> {
			for (Object event : published) {
				events.publishEvent(event);
			}
		});
	}

	private void awaitFacts(TenantId agency, int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from reports.fact where agency_id = :a")
				.param("a", agency.value())
				.query(Integer.class)
				.single() >= count);
	}

	private UUID facility(TenantId agency, String code) {
		return jdbc.sql("select id from directory.facility where agency_id = :a and code = :c")
			.param("a", agency.value())
			.param("c", code)
			.query(UUID.class)
			.single();
	}

	private UUID demoDoc() {
		return jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single();
	}

	private static Instant at(int dayOfMarch, int hour, int minute) {
		return MARCH.atDay(dayOfMarch).atTime(hour, minute).toInstant(ZoneOffset.UTC);
	}

	private static Money usd(long cents) {
		return Money.ofMinor(cents, "USD");
	}

}
