package org.homeward.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.deposits.internal.RecurringDeposits;
import org.homeward.directory.TestAgencies;
import org.homeward.ledger.Ledger;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Families send money: the fee from the tier table at every boundary, the limits, one
 * charge per key, declines that move nothing, many families at once to one inmate,
 * refunds and chargebacks, supervision payments, recurring deposits, inmates spending
 * their balance on stamps, and a settlement file that matches the ledger to the cent.
 */
@PostgresIntegrationTest
@RecordApplicationEvents
class DepositIntegrationTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	RecurringDeposits recurring;

	TenantId agency;

	String agencyCode;

	String inmateNumber;

	UUID inmate;

	Sender family;

	/**
	 * A family member paying with one of their cards (or, to test refusals, someone
	 * else's).
	 */
	record Sender(Families.Family who, UUID card) {

		String bearer() {
			return who.bearer();
		}

	}

	@BeforeEach
	void anAgencyWithTheDemoPriceBookAndAFamilyWithACard() throws Exception {
		agency = DepositAgencies.create(jdbc);
		agencyCode = TestAgencies.code(jdbc, agency);
		inmateNumber = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		inmate = Correspondents.inmate(jdbc, agency, inmateNumber);
		family = family("4242424242424242");
	}

	@Test
	void theFeeComesFromTheTierTableAtEveryBoundary() throws Exception {
		String[][] tiers = { { "0.01", "4.95" }, { "20.00", "4.95" }, { "20.01", "6.95" }, { "100.00", "6.95" },
				{ "100.01", "8.95" }, { "200.00", "8.95" }, { "200.01", "11.95" }, { "300.00", "11.95" } };
		for (String[] tier : tiers) {
			mvc.perform(get("/api/v1/deposits/quote?inmateId=%s&amount=%s".formatted(inmate, tier[0]))
				.header("Authorization", family.bearer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.fee.amount").value(tier[1]));
		}
		mvc.perform(get("/api/v1/deposits/quote?inmateId=%s&amount=20.00".formatted(inmate)).header("Authorization",
				family.bearer()))
			.andExpect(jsonPath("$.total.amount").value("24.95"))
			.andExpect(jsonPath("$.commission.amount").value("2.50"));
		mvc.perform(get("/api/v1/deposits/quote?inmateId=%s&amount=300.01".formatted(inmate)).header("Authorization",
				family.bearer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("deposit-limit"))
			.andExpect(jsonPath("$.detail").value("The most one deposit can be is 300.00 USD."));
		mvc.perform(get("/api/v1/deposits/quote?inmateId=%s&amount=-5".formatted(inmate)).header("Authorization",
				family.bearer()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void moneyIsReadOneWayAndEveryOtherFormIsNamedAndSendsNothing() throws Exception {
		String[][] refused = { { "\"25.001\"", "USD", "must be an amount in dollars and cents, such as 25.00" },
				{ "\"-5\"", "USD", "must be an amount in dollars and cents, such as 25.00" },
				{ "\"12345678\"", "USD", "must be an amount in dollars and cents, such as 25.00" },
				{ "25", "USD", "must be money as {\"amount\": \"25.00\", \"currency\": \"USD\"}" },
				{ "\"25.00\"", "EUR", "must be in USD" } };
		for (String[] money : refused) {
			mvc.perform(post("/api/v1/deposits").header("Authorization", family.bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"inmateId":"%s","amount":{"amount":%s,"currency":"%s"},"paymentMethodId":"%s"}"""
					.formatted(inmate, money[0], money[1], family.card())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("amount"))
				.andExpect(jsonPath("$.errors[0].message").value(money[2]));
		}
		assertThat(jdbc.sql("select count(*) from deposits.deposit where account_id = :a")
			.param("a", accountOf(family))
			.query(Integer.class)
			.single()).isZero();
		send(family, UUID.randomUUID().toString(), inmate, "25").andExpect(status().isCreated())
			.andExpect(jsonPath("$.amount.amount").value("25.00"));
	}

	@Test
	void onlyWhereTheFacilityTakesDepositsAndNeverToSomeoneReleased() throws Exception {
		// the first read of this agency's contract comes after this change (contracts are
		// kept in memory a moment)
		jdbc.sql(
				"""
						insert into contracts.facility_service (contract_id, facility_id, service, enabled)
						select c.id, f.id, 'DEPOSITS', false from contracts.contract c join directory.facility f on f.agency_id = c.agency_id
						 where c.agency_id = :agency and f.code = 'WEST'""")
			.param("agency", agency.value())
			.update();
		UUID west = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key, last_name_key,
						                              date_of_birth, facility_id, housing_unit_id, status, updated_at)
						select :id, :agency, :number, 'Ana', 'West', 'ana', 'west', null, f.id, null, 'ACTIVE', now()
						  from directory.facility f where f.agency_id = :agency and f.code = 'WEST'""")
			.param("id", west)
			.param("agency", agency.value())
			.param("number", inmateNumber + "W")
			.update();
		send(family, UUID.randomUUID().toString(), west, "20.00").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("service-not-available"));
		send(family, UUID.randomUUID().toString(), inmate, "20.00").andExpect(status().isCreated());

		jdbc.sql("update directory.inmate set status = 'RELEASED' where id = :id").param("id", inmate).update();
		send(family, UUID.randomUUID().toString(), inmate, "20.00").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inmate-not-in-custody"));
	}

	@Test
	void onlyWithACardOfTheSendersOwnAndNothingIsRecordedOtherwise() throws Exception {
		Sender other = family("4242424242424242");
		Sender borrowing = new Sender(family.who(), other.card());
		send(borrowing, UUID.randomUUID().toString(), inmate, "20.00").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("paymentMethodId"));
		jdbc.sql("update payments.payment_method set deleted_at = now() where id = :id")
			.param("id", family.card())
			.update();
		send(family, UUID.randomUUID().toString(), inmate, "20.00").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("paymentMethodId"));
		assertThat(jdbc.sql("select count(*) from deposits.deposit where account_id = :a")
			.param("a", accountOf(family))
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from payments.charge where payment_method_id in (:cards)")
			.param("cards", List.of(family.card(), other.card()))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void twentyDollarsArriveOnceAndTheSettlementFileMatchesTheLedger() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = send(family, key, inmate, "20.00").andExpect(status().isCreated())
			.andExpect(jsonPath("$.amount.amount").value("20.00"))
			.andExpect(jsonPath("$.fee.amount").value("4.95"))
			.andExpect(jsonPath("$.total.amount").value("24.95"))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(send(family, key, inmate, "20.00").andReturn().getResponse().getContentAsString()).isEqualTo(first);
		send(family, key, inmate, "21.00").andExpect(status().isConflict());
		// the fact, for modules that count: once, however often the key is sent
		assertThat(events.stream(DepositCompleted.class).filter(e -> inmate.equals(e.inmateId())).toList())
			.singleElement()
			.satisfies(e -> {
				assertThat(e.amount().toDecimalString()).isEqualTo("20.00");
				assertThat(e.fee().toDecimalString()).isEqualTo("4.95");
				assertThat(e.commission().toDecimalString()).isEqualTo("2.50");
			});
		assertThat(TestMail.await(family.who().email(), "money sent")).contains("24.95", "4.95", "2.50", inmateNumber);

		Sender declined = family("4000000000000002");
		send(declined, UUID.randomUUID().toString(), inmate, "50.00").andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.code").value("card-declined"));
		String kiosk = Correspondents.kiosk(mvc, agencyCode, inmateNumber);
		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.balance.amount").value("20.00"));
		mvc.perform(get("/api/v1/kiosk/statement").header("Authorization", kiosk))
			.andExpect(jsonPath("$.lines[0].amount.amount").value("20.00"))
			.andExpect(jsonPath("$.lines.length()").value(1))
			// the inmate reads who sent it, never the sender's fee
			.andExpect(jsonPath("$.lines[0].description").value("From Rosa Diaz"));

		String admin = operator();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String csv = mvc.perform(get("/api/v1/agencies/%s/settlements/%s.csv".formatted(agencyCode, today))
			.header("Authorization", admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv)
			.contains(JsonPath.<String>read(first, "$.id") + ",DEPOSIT," + inmateNumber + ",20.00,4.95,2.50,");
		mvc.perform(
				get("/api/v1/agencies/%s/settlements/%s".formatted(agencyCode, today)).header("Authorization", admin))
			.andExpect(jsonPath("$.lines").value(1))
			.andExpect(jsonPath("$.amount.amount").value("20.00"))
			.andExpect(jsonPath("$.ledgerAmount.amount").value("20.00"))
			.andExpect(jsonPath("$.matches").value(true));
		mvc.perform(get("/api/v1/agencies/%s/settlements/%s.csv".formatted(agencyCode, today)).header("Authorization",
				"Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void limitsPerDayAndPer30DaysNameTheLimit() throws Exception {
		send(family, UUID.randomUUID().toString(), inmate, "300.00").andExpect(status().isCreated());
		send(family, UUID.randomUUID().toString(), inmate, "300.00").andExpect(status().isCreated());
		Sender other = family("5555555555554444");
		send(other, UUID.randomUUID().toString(), inmate, "0.01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("deposit-daily-limit-inmate"))
			.andExpect(jsonPath("$.detail", containsString("at most 600.00 USD a day")));
		UUID second = Correspondents.inmate(jdbc, agency, inmateNumber + "B");
		send(family, UUID.randomUUID().toString(), second, "0.01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("deposit-daily-limit-sender"))
			.andExpect(jsonPath("$.detail", containsString("Nothing was charged")));

		for (int day = 2; day <= 3; day++) {
			// today's deposits become the deposits of some days ago
			jdbc.sql("update deposits.daily_total set on_day = :then where owner_id in (:owners) and on_day = :today")
				.param("then", LocalDate.now(ZoneOffset.UTC).minusDays(day))
				.param("owners", List.of(accountOf(family), inmate))
				.param("today", LocalDate.now(ZoneOffset.UTC))
				.update();
			send(family, UUID.randomUUID().toString(), inmate, "300.00").andExpect(status().isCreated());
			if (day == 2) {
				send(family, UUID.randomUUID().toString(), inmate, "300.00").andExpect(status().isCreated());
			}
		}
		send(family, UUID.randomUUID().toString(), second, "0.01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("deposit-30-day-limit-sender"))
			.andExpect(jsonPath("$.detail", containsString("at most 1500.00 USD in 30 days")));
		// both already have a row for today, well under the daily limit: only the earlier
		// days stop this one
		send(family, UUID.randomUUID().toString(), inmate, "0.01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("deposit-30-day-limit-sender"));
	}

	@Test
	void manyFamiliesAtOnceToOneInmateStopExactlyAtTheDailyLimit() throws Exception {
		List<Sender> families = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			families.add(family("4242424242424242"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> answers = new ArrayList<>();
		for (Sender sender : families) {
			answers.add(pool.submit(() -> send(sender, UUID.randomUUID().toString(), inmate, "25.00").andReturn()
				.getResponse()
				.getStatus()));
		}
		int created = 0;
		int refused = 0;
		for (Future<Integer> answer : answers) {
			int code = answer.get();
			created += code == 201 ? 1 : 0;
			refused += code == 422 ? 1 : 0;
		}
		pool.shutdown();
		assertThat(created).isEqualTo(24);
		assertThat(refused).isEqualTo(6);
		String kiosk = Correspondents.kiosk(mvc, agencyCode, inmateNumber);
		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.balance.amount").value("600.00"));
		assertThat(ledger.totalsByUnit().values()).containsOnly(0L);
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

	@Test
	void refundsNeedAnUnspentDepositChargebacksDoNotAndLaterDepositsPayBackFirst() throws Exception {
		String first = JsonPath.read(send(family, UUID.randomUUID().toString(), inmate, "50.00").andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String admin = operator();
		mvc.perform(post("/api/v1/admin/deposits/%s/refund".formatted(first)).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"sent to the wrong person\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUNDED"));
		assertThat(jdbc.sql("select refunded_minor from payments.sandbox_charge where idempotency_key = :id")
			.param("id", first)
			.query(Long.class)
			.single()).isEqualTo(5000 + 695);
		mvc.perform(post("/api/v1/admin/deposits/%s/refund".formatted(first)).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"again\"}")).andExpect(status().isConflict());

		String second = JsonPath.read(send(family, UUID.randomUUID().toString(), inmate, "10.00").andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String kiosk = Correspondents.kiosk(mvc, agencyCode, inmateNumber);
		mvc.perform(post("/api/v1/kiosk/stamp-purchases").header("Authorization", kiosk)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stamps\":10}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.charged.amount").value("4.50"))
			.andExpect(jsonPath("$.stamps").value(10))
			.andExpect(jsonPath("$.balance.amount").value("5.50"));
		mvc.perform(post("/api/v1/kiosk/stamp-purchases").header("Authorization", kiosk)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stamps\":20}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("insufficient-balance"));
		mvc.perform(post("/api/v1/admin/deposits/%s/refund".formatted(second)).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"asked\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("deposit-spent"));
		mvc.perform(post("/api/v1/admin/deposits/%s/chargeback".formatted(second)).header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"card holder disputed it\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHARGED_BACK"));
		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.balance.amount").value("-4.50"));
		assertThat(events.stream(DepositReversed.class).map(e -> e.depositId().toString() + " " + e.status()))
			.containsExactlyInAnyOrder(first + " REFUNDED", second + " CHARGED_BACK");
		send(family, UUID.randomUUID().toString(), inmate, "20.00").andExpect(status().isCreated());
		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.balance.amount").value("15.50"));
		mvc.perform(post("/api/v1/admin/deposits/%s/chargeback".formatted(second))
			.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());

		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String csv = mvc.perform(get("/api/v1/agencies/%s/settlements/%s.csv".formatted(agencyCode, today))
			.header("Authorization", admin)).andReturn().getResponse().getContentAsString();
		assertThat(csv).contains(first + ",REFUND," + inmateNumber + ",-50.00,-6.95,-2.50,", second + ",CHARGEBACK,");
		mvc.perform(
				get("/api/v1/agencies/%s/settlements/%s".formatted(agencyCode, today)).header("Authorization", admin))
			.andExpect(jsonPath("$.lines").value(5))
			.andExpect(jsonPath("$.amount.amount").value("20.00"))
			.andExpect(jsonPath("$.matches").value(true));
		assertThat(ledger.totalsByUnit().values()).containsOnly(0L);
	}

	@Test
	void supervisionPaymentsHaveTheirOwnLine() throws Exception {
		String answer = mvc
			.perform(get("/api/v1/supervision-cases?agencyCode=DEMO-DOC&caseNumber=p-1001").header("Authorization",
					family.bearer()))
			.andExpect(jsonPath("$.name").value("Carlos M."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String caseId = JsonPath.read(answer, "$.id");
		String paid = mvc
			.perform(post("/api/v1/supervision-payments").header("Authorization", family.bearer())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"caseId":"%s","obligation":"RESTITUTION","amount":{"amount":"100.00","currency":"USD"},"paymentMethodId":"%s"}"""
							.formatted(caseId, family.card())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("SUPERVISION"))
			.andExpect(jsonPath("$.fee.amount").value("6.95"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String csv = mvc
			.perform(get("/api/v1/agencies/DEMO-DOC/settlements/%s.csv".formatted(LocalDate.now(ZoneOffset.UTC)))
				.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(JsonPath.<String>read(paid, "$.id") + ",SUPERVISION,P-1001,100.00,6.95,2.50,");
	}

	@Test
	void aRecurringDepositRunsOnItsDayAndPausesAfterFailingAndTheFamilyIsTold() throws Exception {
		int day = Math.min(LocalDate.now(ZoneOffset.UTC).getDayOfMonth(), 28);
		jdbc.sql("update deposits.recurring set status = 'PAUSED' where status = 'ACTIVE'").update();
		String plan = JsonPath.read(mvc
			.perform(post("/api/v1/recurring-deposits").header("Authorization", family.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"inmateId":"%s","amount":{"amount":"25.00","currency":"USD"},"paymentMethodId":"%s","dayOfMonth":%d}"""
							.formatted(inmate, family.card(), day)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		jdbc.sql("update deposits.recurring set next_run = :today where id = :id")
			.param("today", LocalDate.now(ZoneOffset.UTC))
			.param("id", UUID.fromString(plan))
			.update();
		recurring.runDue();
		recurring.runDue();
		mvc.perform(get("/api/v1/deposits").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].amount.amount").value("25.00"));
		mvc.perform(get("/api/v1/recurring-deposits").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$[0].nextRun").value(RecurringDepositsDates.next(day).toString()));

		Sender broke = family("4000000000009995");
		String failing = JsonPath.read(
				mvc.perform(post("/api/v1/recurring-deposits").header("Authorization", broke.bearer())
					.contentType(MediaType.APPLICATION_JSON)
					.content(
							"""
									{"inmateId":"%s","amount":{"amount":"25.00","currency":"USD"},"paymentMethodId":"%s","dayOfMonth":1}"""
								.formatted(inmate, broke.card())))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.id");
		for (int attempt = 1; attempt <= 3; attempt++) {
			jdbc.sql("update deposits.recurring set next_run = :today where id = :id")
				.param("today", LocalDate.now(ZoneOffset.UTC).minusDays(3 - attempt))
				.param("id", UUID.fromString(failing))
				.update();
			recurring.runDue();
		}
		mvc.perform(get("/api/v1/recurring-deposits").header("Authorization", broke.bearer()))
			.andExpect(jsonPath("$[0].status").value("PAUSED"))
			.andExpect(jsonPath("$[0].failures").value(3));
		assertThat(TestMail.await(broke.who().email(), "recurring deposit could not be made"))
			.contains("insufficient funds");
		mvc.perform(
				post("/api/v1/recurring-deposits/%s/resume".formatted(failing)).header("Authorization", broke.bearer()))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.failures").value(0));
		mvc.perform(
				post("/api/v1/recurring-deposits/%s/pause".formatted(failing)).header("Authorization", family.bearer()))
			.andExpect(status().isNotFound());
	}

	/** When a plan for {@code day} runs next after running today. */
	static final class RecurringDepositsDates {

		static LocalDate next(int day) {
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			LocalDate candidate = today.withDayOfMonth(day);
			return candidate.isAfter(today) ? candidate : candidate.plusMonths(1);
		}

	}

	private Sender family(String cardNumber) throws Exception {
		Families.Family registered = Families.register(mvc, "sender", null);
		return new Sender(registered, Families.card(mvc, registered.bearer(), cardNumber));
	}

	private UUID accountOf(Sender sender) {
		return sender.who().accountId();
	}

	private ResultActions send(Sender sender, String key, UUID to, String amount) throws Exception {
		return mvc.perform(post("/api/v1/deposits").header("Authorization", sender.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"inmateId":"%s","amount":{"amount":"%s","currency":"USD"},"paymentMethodId":"%s"}""".formatted(to,
					amount, sender.card())));
	}

	private String operator() throws Exception {
		return "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
	}

}
