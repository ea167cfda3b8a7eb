package org.homeward.deposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.homeward.Families;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.PostgresIntegrationTest;
import org.homeward.deposits.internal.RetailPartners;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Cash at a store: a family (or anyone) prints a pay slip, the retail network confirms
 * the cash its store took with a signed request, and the money reaches the inmate once,
 * at the walk-in fee, with every refusal named; cash for someone who left custody is held
 * for the operator; the network's settlement file is reconciled against its
 * confirmations.
 */
@PostgresIntegrationTest
class RetailDepositIntegrationTests {

	static final String PARTNER = "DEMO-RETAIL";

	static final String SECRET = "demo-retail-secret";

	private static final java.util.concurrent.atomic.AtomicLong SECONDS = new java.util.concurrent.atomic.AtomicLong();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	RetailPartners partners;

	@Test
	void aFamilysPaySlipIsPaidAtAStoreOnceAndTheInmateGetsTheMoney() throws Exception {
		UUID inmate = Correspondents.inmateId(jdbc, "DEMO-DOC", "A100012");
		Families.Family family = Families.register(mvc, "cash", inmate);
		String slip = mvc
			.perform(post("/api/v1/deposits/pay-slips").header("Authorization", family.bearer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"40.00\",\"currency\":\"USD\"}}"
					.formatted(inmate)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receiveCode").value("7310"))
			.andExpect(jsonPath("$.fee.amount").value("6.95"))
			.andExpect(jsonPath("$.total.amount").value("46.95"))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.inmate.inmateNumber").value("A100012"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reference = JsonPath.read(slip, "$.reference");
		assertThat(reference).matches("[1-9]\\d{11}");
		mvc.perform(get("/api/v1/deposits/pay-slips").header("Authorization", family.bearer()))
			.andExpect(jsonPath("$[0].reference").value(reference));
		mvc.perform(get("/pay-slips/" + reference + "/barcode.png"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentType()).isEqualTo("image/png"));

		long before = balance(inmate);
		String transaction = "T" + UUID.randomUUID();
		String body = payment(transaction, reference, "40.00");
		String depositId = JsonPath.read(pay(body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.fee.amount").value("6.95"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.depositId");
		assertThat(balance(inmate) - before).isEqualTo(4000);
		assertThat(TestMail.await(family.email(), "cash")).contains("40.00").contains("A100012");
		mvc.perform(get("/api/v1/deposits/pay-slips/" + reference))
			.andExpect(jsonPath("$.status").value("PAID"))
			.andExpect(jsonPath("$.paidAt").isNotEmpty());

		// the network retries (signed again): the first answer, nothing moves again
		pay(body).andExpect(status().isOk()).andExpect(jsonPath("$.depositId").value(depositId));
		assertThat(balance(inmate) - before).isEqualTo(4000);
		// the same transaction with another amount is a conflict
		pay(payment(transaction, reference, "41.00")).andExpect(status().isConflict());
		// another transaction for the paid slip is refused
		pay(payment("T" + UUID.randomUUID(), reference, "40.00")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("pay-slip-paid"));
		assertThat(balance(inmate) - before).isEqualTo(4000);
	}

	@Test
	void theSignatureIsCheckedAndASignedRequestIsAcceptedOnce() throws Exception {
		String reference = publicSlip("A100013", "20.00");
		String body = payment("T" + UUID.randomUUID(), reference, "20.00");
		String now = String.valueOf(Instant.now().getEpochSecond());
		partnerPost(PARTNER, now, "0".repeat(64), body).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("bad-signature"));
		partnerPost(PARTNER, now, RetailPartners.signature("another-secret", now, bytes(body)), body)
			.andExpect(status().isUnauthorized());
		String old = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
		partnerPost(PARTNER, old, RetailPartners.signature(SECRET, old, bytes(body)), body)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("stale-timestamp"));
		partnerPost("NO-SUCH-PARTNER", now, RetailPartners.signature(SECRET, now, bytes(body)), body)
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unknown-partner"));
		// a body changed after signing
		partnerPost(PARTNER, now, RetailPartners.signature(SECRET, now, bytes(body)), body.replace("20.00", "21.00"))
			.andExpect(status().isUnauthorized());

		String signature = RetailPartners.signature(SECRET, now, bytes(body));
		partnerPost(PARTNER, now, signature, body).andExpect(status().isCreated());
		partnerPost(PARTNER, now, signature, body).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("replayed"));
	}

	@Test
	void refusalsNameTheirRule() throws Exception {
		pay(payment("T" + UUID.randomUUID(), "999999999999", "20.00")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("unknown-pay-slip"));

		String wrongCode = publicSlip("A100014", "20.00");
		pay("{\"transactionId\":\"T%s\",\"reference\":\"%s\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"},\"receiveCode\":\"0001\"}"
			.formatted(UUID.randomUUID(), wrongCode)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("unknown-receive-code"));

		pay(payment("T" + UUID.randomUUID(), wrongCode, "300.01")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("deposit-limit"));

		String expired = publicSlip("A100014", "20.00");
		jdbc.sql("update deposits.pay_slip set expires_at = created_at - interval '1 day' where reference = :r")
			.param("r", expired)
			.update();
		pay(payment("T" + UUID.randomUUID(), expired, "20.00")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("pay-slip-expired"));
		mvc.perform(get("/api/v1/deposits/pay-slips/" + expired)).andExpect(jsonPath("$.status").value("EXPIRED"));

		pay("{\"reference\":\"12\"}").andExpect(status().isBadRequest());
		pay("not json").andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/deposits/pay-slips").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"agencyCode\":\"DEMO-FED\",\"inmateNumber\":\"F200001\",\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("retail-not-offered"));
		mvc.perform(post("/api/v1/deposits/pay-slips").contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\":{\"amount\":\"20.00\",\"currency\":\"USD\"}}")).andExpect(status().isBadRequest());
	}

	@Test
	void cashForSomeoneWhoLeftCustodyIsHeldThenAppliedOrReturnedByTheOperator() throws Exception {
		TenantId agency = cashAgency();
		UUID inmate = Correspondents.inmate(jdbc, agency,
				"H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT));
		String code = org.homeward.directory.TestAgencies.code(jdbc, agency);
		String number = jdbc.sql("select inmate_number from directory.inmate where id = :id")
			.param("id", inmate)
			.query(String.class)
			.single();
		String first = publicSlip(code, number, "50.00");
		String second = publicSlip(code, number, "25.00");
		jdbc.sql("update directory.inmate set status = 'RELEASED' where id = :id").param("id", inmate).update();

		AccountKey unapplied = new AccountKey(AccountKind.UNAPPLIED_CASH, Unit.USD, agency.value());
		String held = JsonPath
			.read(pay(payment("T" + UUID.randomUUID(), first, "50.00")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("HELD"))
				.andExpect(jsonPath("$.heldBecause").isNotEmpty())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.depositId");
		String returned = JsonPath
			.read(pay(payment("T" + UUID.randomUUID(), second, "25.00")).andExpect(jsonPath("$.status").value("HELD"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.depositId");
		assertThat(ledger.balance(unapplied)).isEqualTo(5000 + 300 + 2500 + 300);
		assertThat(balance(inmate)).isZero();

		String operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		mvc.perform(get("/api/v1/admin/retail/held-payments").header("Authorization", operator))
			.andExpect(jsonPath("$[?(@.id == '%s')].status".formatted(held)).value("HELD"));
		// still released: it cannot be applied yet
		mvc.perform(post("/api/v1/admin/retail/payments/" + held + "/apply").header("Authorization", operator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"back in custody\"}")).andExpect(status().isUnprocessableContent());
		jdbc.sql("update directory.inmate set status = 'ACTIVE' where id = :id").param("id", inmate).update();
		mvc.perform(post("/api/v1/admin/retail/payments/" + held + "/apply").header("Authorization", operator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"returned to custody on a violation\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"));
		assertThat(balance(inmate)).isEqualTo(5000);
		mvc.perform(post("/api/v1/admin/retail/payments/" + returned + "/return").header("Authorization", operator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"the payer asked for it back\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		mvc.perform(post("/api/v1/admin/retail/payments/" + returned + "/apply").header("Authorization", operator)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"twice\"}")).andExpect(status().isConflict());
		assertThat(ledger.balance(unapplied)).isZero();
		// the cash applied is in the agency's settlement file of the day, and the file
		// agrees with the books
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(mvc
			.perform(get("/api/v1/agencies/" + code + "/settlements/" + today + ".csv").header("Authorization",
					operator))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(",CASH," + number + ",50.00,3.00,");
		mvc.perform(get("/api/v1/agencies/" + code + "/settlements/" + today).header("Authorization", operator))
			.andExpect(jsonPath("$.matches").value(true))
			.andExpect(jsonPath("$.lines").value(1));
		assertThat(jdbc
			.sql("select count(*) from audit.entry where subject in (:ids) and action like 'deposits.retail-payment.%'")
			.param("ids", java.util.List.of(held, returned))
			.query(Integer.class)
			.single()).isEqualTo(2);
		// families and staff do not reach the operator's calls
		mvc.perform(get("/api/v1/admin/retail/held-payments").header("Authorization",
				"Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSettlementFileIsReconciledAgainstWhatThePartnerConfirmed() throws Exception {
		String partner = "P" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		String secret = "secret-" + UUID.randomUUID();
		partners.register(partner, "A test network", secret);
		String matched = "T" + UUID.randomUUID();
		String differs = "T" + UUID.randomUUID();
		String missing = "T" + UUID.randomUUID();
		String a = publicSlip("A100015", "10.00");
		String b = publicSlip("A100015", "12.00");
		String c = publicSlip("A100015", "14.00");
		pay(partner, secret, payment(matched, a, "10.00")).andExpect(status().isCreated());
		pay(partner, secret, payment(differs, b, "12.00")).andExpect(status().isCreated());
		pay(partner, secret, payment(missing, c, "14.00")).andExpect(status().isCreated());
		String csv = """
				transaction_id,reference,amount,fee
				%s,%s,10.00,6.95
				%s,%s,12.50,6.95
				NEVER-SEEN,111122223333,9.00,6.95
				""".formatted(matched, a, differs, b);
		String operator = "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		mvc.perform(settlement(partner, today, csv).header("Authorization", operator))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines").value(3))
			.andExpect(jsonPath("$.matched").value(1))
			.andExpect(jsonPath("$.mismatches.length()").value(3))
			.andExpect(jsonPath("$.mismatches[?(@.transactionId == '%s')].kind".formatted(differs))
				.value("AMOUNT_DIFFERS"))
			.andExpect(jsonPath("$.mismatches[?(@.transactionId == 'NEVER-SEEN')].kind").value("NOT_CONFIRMED"))
			.andExpect(
					jsonPath("$.mismatches[?(@.transactionId == '%s')].kind".formatted(missing)).value("NOT_IN_FILE"));
		// one file a day
		mvc.perform(settlement(partner, today, csv).header("Authorization", operator)).andExpect(status().isConflict());
		mvc.perform(settlement(partner, today.minusDays(1), "transaction_id,reference,amount\nX,1,twelve\n")
			.header("Authorization", operator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("line 2")));
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder settlement(
			String partner, LocalDate day, String csv) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/admin/retail/partners/" + partner + "/settlements")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "settlement.csv", "text/csv",
					csv.getBytes(StandardCharsets.UTF_8)))
			.param("businessDate", day.toString());
	}

	private TenantId cashAgency() {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		UUID contract = Correspondents.takingDeposits(jdbc, agency);
		jdbc.sql(
				"insert into contracts.deposit_fee_tier (contract_id, channel, up_to_minor, fee_minor) values (:c, 'LOBBY', 30000, 300)")
			.param("c", contract)
			.update();
		for (int attempt = 0;; attempt++) {
			String code = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
			if (jdbc.sql("select count(*) from deposits.receive_code where receive_code = :c")
				.param("c", code)
				.query(Integer.class)
				.single() == 0) {
				jdbc.sql("insert into deposits.receive_code (agency_id, receive_code) values (:a, :c)")
					.param("a", agency.value())
					.param("c", code)
					.update();
				return agency;
			}
			assertThat(attempt).as("a free receive code").isLessThan(50);
		}
	}

	private String publicSlip(String number, String amount) throws Exception {
		return publicSlip("DEMO-DOC", number, amount);
	}

	private String publicSlip(String agency, String number, String amount) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/deposits/pay-slips").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"agencyCode\":\"%s\",\"inmateNumber\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"USD\"}}"
						.formatted(agency, number, amount)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.reference");
	}

	private static String payment(String transaction, String reference, String amount) {
		return "{\"transactionId\":\"%s\",\"reference\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"USD\"}}"
			.formatted(transaction, reference, amount);
	}

	/** The demo network's request, freshly signed. */
	private ResultActions pay(String body) throws Exception {
		return pay(PARTNER, SECRET, body);
	}

	private ResultActions pay(String partner, String secret, String body) throws Exception {
		// a later timestamp each time (within the five minutes allowed): the same second
		// and body sign alike, and a signature is accepted once
		String at = String.valueOf(Instant.now().getEpochSecond() - 240 + SECONDS.getAndIncrement() % 240);
		return partnerPost(partner, at, RetailPartners.signature(secret, at, bytes(body)), body);
	}

	private ResultActions partnerPost(String partner, String timestamp, String signature, String body)
			throws Exception {
		return mvc.perform(post("/api/v1/partners/retail/payments").header("X-Homeward-Partner", partner)
			.header("X-Homeward-Timestamp", timestamp)
			.header("X-Homeward-Signature", signature)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long balance(UUID inmate) {
		return ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate));
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

}
