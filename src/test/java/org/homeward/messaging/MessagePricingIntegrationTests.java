package org.homeward.messaging;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PostgresIntegrationTest;
import org.homeward.directory.TestAgencies;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who pays for messages: where the inmate pays by the minute (TRULINCS-style) or nobody
 * does, families write and the inmate replies without stamps, no stamps are sold, and the
 * inmate buys blocks of terminal minutes from their balance; the agency's prices say so
 * publicly.
 */
@PostgresIntegrationTest
class MessagePricingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFederalDemoIsFreeForFamiliesAndSellsMinutesToInmates() throws Exception {
		mvc.perform(get("/api/v1/agencies/DEMO-FED/prices"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messagePricing").value("INMATE_TIME"))
			.andExpect(jsonPath("$.perMinute.amount").value("0.05"))
			.andExpect(jsonPath("$.perPrintedPage.amount").value("0.15"))
			.andExpect(jsonPath("$.minuteBlocks").value(Matchers.contains(40, 100, 200, 300, 600)))
			.andExpect(jsonPath("$.stampBundles.length()").value(0));
		mvc.perform(get("/api/v1/agencies/DEMO-DOC/prices"))
			.andExpect(jsonPath("$.messagePricing").value("FAMILY_STAMPS"))
			.andExpect(jsonPath("$.stampBundles.length()").value(4))
			.andExpect(jsonPath("$.depositFees[?(@.channel == 'PHONE')].fee.amount").value(Matchers.hasItem("5.95")))
			.andExpect(jsonPath("$.depositFees[?(@.channel == 'LOBBY')].fee.amount").value(Matchers.hasItem("6.95")));
		mvc.perform(get("/api/v1/agencies/DEMO-FED/stamp-bundles")).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/agencies/NOPE/prices")).andExpect(status().isNotFound());
	}

	@Test
	void whereTheInmatePaysByTheMinuteFamiliesWriteForFreeAndTheInmateBuysMinutes() throws Exception {
		TenantId agency = agency(jdbc, "INMATE_TIME");
		String code = TestAgencies.code(jdbc, agency);
		String number = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		Families.Family family = Families.register(mvc, "trulincs", inmate);
		String kiosk = Correspondents.kiosk(mvc, code, number);

		mvc.perform(post("/api/v1/messages/quote").header("Authorization", family.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"Hello\",\"attachmentIds\":[],\"prepaidReply\":true}"
				.formatted(inmate)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stamps").value(0));
		String letter = com.jayway.jsonpath.JsonPath
			.read(send(family, inmate, "Hello from outside, for free.").andExpect(status().isCreated())
				.andExpect(jsonPath("$.stamps").value(0))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		String bundle = jdbc
			.sql("select cast(b.id as varchar) from contracts.stamp_bundle b join contracts.contract c"
					+ " on c.id = b.contract_id where c.agency_id = :a")
			.param("a", agency.value())
			.query(String.class)
			.single();
		mvc.perform(post("/api/v1/stamp-purchases").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"%s\",\"bundleId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(code, bundle,
					Families.card(mvc, family.bearer(), Families.APPROVED_CARD))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("stamps-not-sold"));

		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.minutes").value(0));
		buy(kiosk, 40, UUID.randomUUID().toString()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("insufficient-balance"));
		deposit(mvc, family, inmate, "20.00");
		String key = UUID.randomUUID().toString();
		buy(kiosk, 40, key).andExpect(status().isCreated())
			.andExpect(jsonPath("$.charged.amount").value("2.00"))
			.andExpect(jsonPath("$.minutes").value(40))
			.andExpect(jsonPath("$.balance.amount").value("18.00"));
		// the same key again buys nothing more
		buy(kiosk, 40, key).andExpect(jsonPath("$.minutes").value(40))
			.andExpect(jsonPath("$.balance.amount").value("18.00"));
		buy(kiosk, 45, UUID.randomUUID().toString()).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.minutes").value(40))
			.andExpect(jsonPath("$.balance.amount").value("18.00"));
		mvc.perform(get("/api/v1/kiosk/statement").header("Authorization", kiosk))
			.andExpect(jsonPath("$.lines[?(@.kind == 'terminal-minutes')].amount.amount")
				.value(Matchers.hasItem("-2.00")));
		// printing at the kiosk costs the contract's price a page, once per key
		String print = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/kiosk/messages/" + letter + "/print").header("Authorization", kiosk)
				.header("Idempotency-Key", print))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.pages").value(1))
				.andExpect(jsonPath("$.charged.amount").value("0.15"))
				.andExpect(jsonPath("$.balance.amount").value("17.85"));
		}
		// the inmate replies without stamps of their own
		mvc.perform(post("/api/v1/kiosk/messages").header("Authorization", kiosk)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\",\"body\":\"Thank you!\"}".formatted(family.accountId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stamps").value(0));
	}

	@Test
	void whereNobodyPaysThereAreNoMinutesToBuy() throws Exception {
		TenantId agency = agency(jdbc, "FREE");
		String code = TestAgencies.code(jdbc, agency);
		String number = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID inmate = Correspondents.inmate(jdbc, agency, number);
		Families.Family family = Families.register(mvc, "free", inmate);
		String kiosk = Correspondents.kiosk(mvc, code, number);
		send(family, inmate, "Free to write.").andExpect(status().isCreated()).andExpect(jsonPath("$.stamps").value(0));
		mvc.perform(get("/api/v1/kiosk/account").header("Authorization", kiosk))
			.andExpect(jsonPath("$.minutes").doesNotExist());
		buy(kiosk, 40, UUID.randomUUID().toString()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("minutes-not-sold"));
		// and where families pay with stamps, neither
		buy(Correspondents.kiosk(mvc, "DEMO-DOC", "A100019"), 40, UUID.randomUUID().toString())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("minutes-not-sold"));
	}

	/** An agency of the test's own on this pricing, taking deposits. */
	static TenantId agency(JdbcClient jdbc, String pricing) {
		TenantId agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		UUID contract = Correspondents.takingDeposits(jdbc, agency);
		jdbc.sql("""
				update contracts.contract set message_pricing = :pricing,
				       per_minute_minor = case when :pricing = 'INMATE_TIME' then 5 end,
				       per_printed_page_minor = case when :pricing = 'INMATE_TIME' then 15 end
				 where id = :c""").param("pricing", pricing).param("c", contract).update();
		jdbc.sql("insert into contracts.minute_block (contract_id, minutes) values (:c, 40), (:c, 100)")
			.param("c", contract)
			.update();
		return agency;
	}

	/** The family sends the inmate money with a new card of theirs. */
	static void deposit(MockMvc mvc, Families.Family family, UUID inmate, String amount) throws Exception {
		mvc.perform(post("/api/v1/deposits").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"inmateId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"USD\"},\"paymentMethodId\":\"%s\"}"
						.formatted(inmate, amount, Families.card(mvc, family.bearer(), Families.APPROVED_CARD))))
			.andExpect(status().isCreated());
	}

	private ResultActions send(Families.Family family, UUID inmate, String body) throws Exception {
		return mvc.perform(post("/api/v1/messages").header("Authorization", family.bearer())
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"body\":\"%s\"}".formatted(inmate, body)));
	}

	private ResultActions buy(String kiosk, int minutes, String key) throws Exception {
		return mvc.perform(post("/api/v1/kiosk/minute-purchases").header("Authorization", kiosk)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\":%d}".formatted(minutes)));
	}

}
