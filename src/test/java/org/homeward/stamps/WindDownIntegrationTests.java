package org.homeward.stamps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.directory.TestAgencies;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * An agency leaves Homeward: its families are told, nothing can be bought or sent there,
 * every unspent stamp goes back to the card that bought it at the price paid (or is owed
 * when the card cannot take it), the books hold, the other agencies go on, and every
 * family can export their messages in every phase. And the other direction: an agency
 * arriving from another vendor brings its contact list.
 */
@PostgresIntegrationTest
class WindDownIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Test
	void aWindDownRefundsEveryStampAtItsPriceAndLeavesOtherAgenciesAlone() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		jdbc.sql(
				"insert into contracts.stamp_bundle (id, contract_id, stamps, price_minor, active) select :id, id, 3, 100, true from contracts.contract where agency_id = :a")
			.param("id", UUID.randomUUID())
			.param("a", agency.value())
			.update();
		String number = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		List<Families.Family> families = new ArrayList<>();
		for (int f = 0; f < 5; f++) {
			Families.Family family = Families.register(mvc, "winddown", inmate);
			Families.buyStamps(mvc, family, code, f % 2 == 0 ? 10 : 3);
			if (f != 1) {
				Families.buyStamps(mvc, family, code, f % 2 == 0 ? 3 : 10);
			}
			families.add(family);
		}
		// two families write (stamps spent, revenue earned); one card can no longer take
		// a refund
		String before = send(families.get(0), inmate, "Written before the end.").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		send(families.get(3), inmate, "b".repeat(7000)).andExpect(status().isCreated());
		jdbc.sql("""
				update payments.sandbox_charge set refunded_minor = amount_minor where idempotency_key in (
				  select cast(p.id as varchar) from stamps.purchase p where p.account_id = :account)""")
			.param("account", families.get(4).accountId())
			.update();
		long demoIssued = ledger.balance(new AccountKey(AccountKind.STAMPS_ISSUED, Unit.stamps(doc()), doc().value()));
		assertThat(exportZip(families.get(0))).contains("Written before the end.");

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		mvc.perform(post("/api/v1/admin/agencies/%s/wind-down".formatted(code)).header("Authorization", operator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceEndsOn\":\"%s\",\"viewOnlyUntil\":\"%s\"}".formatted(today, today.plusDays(30))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WINDING_DOWN"))
			.andExpect(jsonPath("$.viewOnlyUntil").value(today.plusDays(30).toString()));
		mvc.perform(post("/api/v1/admin/agencies/%s/wind-down".formatted(code))
			.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceEndsOn\":\"%s\",\"viewOnlyUntil\":\"%s\"}".formatted(today, today)))
			.andExpect(status().isForbidden());

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (Families.Family family : families) {
				assertThat(ledger
					.balance(new AccountKey(AccountKind.FAMILY_STAMPS, Unit.stamps(agency), family.accountId())))
					.isZero();
			}
		});
		for (Families.Family family : families) {
			assertThat(TestMail.await(family.email(), "agency is ending on Homeward"))
				.contains(today.plusDays(30).toString());
			assertThat(TestMail.await(family.email(), "unspent stamps were refunded")).contains("price you paid");
		}
		assertThat(TestMail.await(families.get(4).email(), "unspent stamps were refunded"))
			.contains("could not go back to the card");

		// every stamp of the agency is back where it came from, and every cent paid is
		// earned or refunded
		assertThat(ledger.balance(new AccountKey(AccountKind.STAMPS_ISSUED, Unit.stamps(agency), agency.value())))
			.isZero();
		assertThat(ledger.balance(new AccountKey(AccountKind.DEFERRED_STAMP_REVENUE, Unit.USD, agency.value())))
			.isZero();
		long paid = jdbc
			.sql("select sum(price_minor) from stamps.purchase where agency_id = :a and status = 'COMPLETED'")
			.param("a", agency.value())
			.query(Long.class)
			.single();
		long earned = ledger.balance(new AccountKey(AccountKind.STAMP_REVENUE, Unit.USD, agency.value()));
		String report = mvc
			.perform(get("/api/v1/admin/agencies/%s/stamp-refunds".formatted(code)).header("Authorization", operator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long toCards = new BigDecimal(JsonPath.<String>read(report, "$.toCards.amount")).movePointRight(2).longValue();
		long owed = new BigDecimal(JsonPath.<String>read(report, "$.owed.amount")).movePointRight(2).longValue();
		assertThat(earned + toCards + owed).isEqualTo(paid);
		assertThat(owed).isPositive();
		assertThat(ledger.totalsByUnit().values()).containsOnly(0L);
		assertThat(ledger.accountsOutOfBalance()).isZero();
		assertThat(ledger.balance(new AccountKey(AccountKind.STAMPS_ISSUED, Unit.stamps(doc()), doc().value())))
			.isEqualTo(demoIssued);

		// view-only: nothing sent or bought, everything readable and exportable; other
		// agencies go on
		send(families.get(0), inmate, "After the end.").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("service-not-available"))
			.andExpect(jsonPath("$.detail", containsString(today.toString())));
		mvc.perform(get("/api/v1/messages/" + JsonPath.read(before, "$.id")).header("Authorization",
				families.get(0).bearer()))
			.andExpect(status().isOk());
		assertThat(exportZip(families.get(0))).contains("Written before the end.");
		Families.buyStamps(mvc, families.get(1), "DEMO-DOC", 10);

		// after the view-only window: gone from the pages, still in the export for the
		// retention period
		mvc.perform(post("/api/v1/admin/agencies/%s/wind-down".formatted(code)).header("Authorization", operator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceEndsOn\":\"%s\",\"viewOnlyUntil\":\"%s\"}".formatted(today.minusDays(40),
					today.minusDays(1))))
			.andExpect(jsonPath("$.status").value("ENDED"));
		mvc.perform(get("/api/v1/messages").header("Authorization", families.get(0).bearer()))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/messages/" + JsonPath.read(before, "$.id")).header("Authorization",
				families.get(0).bearer()))
			.andExpect(status().isNotFound());
		assertThat(exportZip(families.get(0))).contains("Written before the end.");
	}

	@Test
	void anAgencyFromAnotherVendorBringsItsContacts() throws Exception {
		TenantId agency = Correspondents.agency(jdbc, "INMATE_INITIATED", 30, false);
		String code = TestAgencies.code(jdbc, agency);
		String number = "V" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Correspondents.inmate(jdbc, agency, number);
		Families.Family existing = Families.register(mvc, "existing", null);
		String newcomer = "newcomer-" + UUID.randomUUID() + "@example.com";
		String csv = "inmate_number,email\n%s,%s\n%s,%s\nNOPE1,x@example.com\n%s,not-an-address\n".formatted(number,
				existing.email(), number, newcomer, number);
		importCsv(code, csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(4))
			.andExpect(jsonPath("$.contactsCreated").value(1))
			.andExpect(jsonPath("$.invited").value(1))
			.andExpect(jsonPath("$.errors[0].line").value(4))
			.andExpect(jsonPath("$.errors[1].line").value(5));
		importCsv(code, csv).andExpect(jsonPath("$.contactsCreated").value(0))
			.andExpect(jsonPath("$.invited").value(0))
			.andExpect(jsonPath("$.alreadyInPlace").value(2));
		mvc.perform(get("/api/v1/contacts").header("Authorization", existing.bearer()))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$[0].inmate.inmateNumber").value(number));

		assertThat(TestMail.await(newcomer, "moving to Homeward")).contains("/register");
		mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"email":"%s","password":"Family#2026","firstName":"Nia","lastName":"Cole","phones":["305-555-0111"],
							 "address":{"line1":"5 Elm St","city":"Miami","region":"FL","postalCode":"33101","country":"US"},"acceptTerms":true}"""
						.formatted(newcomer)))
			.andExpect(status().isCreated());
		String token = "Bearer " + SignedIn.tokenFrom(mvc
			.perform(post("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"%s\",\"password\":\"Family#2026\"}".formatted(newcomer)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		mvc.perform(get("/api/v1/contacts").header("Authorization", token))
			.andExpect(jsonPath("$[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$[0].inmate.inmateNumber").value(number));
		mvc.perform(multipart("/api/v1/agencies/%s/contact-imports".formatted(code))
			.file(new MockMultipartFile("file", "c.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + SignedIn.token(mvc, SignedIn.DOC_ADMIN)))
			.andExpect(status().isNotFound());
	}

	private ResultActions importCsv(String code, String csv) throws Exception {
		return mvc.perform(multipart("/api/v1/agencies/%s/contact-imports".formatted(code))
			.file(new MockMultipartFile("file", "contacts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", operator()));
	}

	private ResultActions send(Families.Family family, UUID inmate, String body) throws Exception {
		return mvc.perform(post("/api/v1/messages").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"%s\"}".formatted(inmate, body)));
	}

	private String exportZip(Families.Family family) throws Exception {
		byte[] zip = mvc.perform(get("/api/v1/messages/export.zip").header("Authorization", family.bearer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			in.getNextEntry();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private TenantId doc() {
		return new TenantId(
				jdbc.sql("select id from directory.agency where code = 'DEMO-DOC'").query(UUID.class).single());
	}

	private String operator() throws Exception {
		return "Bearer " + SignedIn.token(mvc, SignedIn.OPERATOR);
	}

}
