package org.homeward.stamps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.StampBundle;
import org.homeward.directory.Directory;
import org.homeward.ledger.Ledger;
import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.payments.Payments;
import org.homeward.shared.TenantId;
import org.homeward.stamps.internal.StampPurchases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class StampRefundIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StampPurchases purchases;

	@Autowired
	Stamps stamps;

	@Autowired
	Payments payments;

	@Autowired
	Directory directory;

	@Autowired
	Contracts contracts;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void unspentStampsGoBackToTheirCardsAtThePricePaidNewestFirst() throws Exception {
		TenantId agency = directory.agencyByCode("DEMO-DOC").orElseThrow().id();
		List<StampBundle> bundles = contracts.contractOf(agency).orElseThrow().priceBook().stampBundles();
		UUID family = UUID.randomUUID();
		UUID card = payments
			.add(family,
					new CardDetails("4242424242424242", 12, 2030, "123", "Test",
							new BillingAddress("1 Main St", null, "Miami", "FL", "33101", "US")))
			.id();
		PurchaseOutcome five = purchases.purchase(family, "", UUID.randomUUID().toString(), "DEMO-DOC",
				bundle(bundles, 5), card, Locale.ENGLISH);
		Thread.sleep(5);
		PurchaseOutcome twenty = purchases.purchase(family, "", UUID.randomUUID().toString(), "DEMO-DOC",
				bundle(bundles, 20), card, Locale.ENGLISH);
		stamps.spend(family, agency, 7, UUID.randomUUID().toString(), "messages");

		String body = mvc
			.perform(SignedIn.as(mvc, SignedIn.OPERATOR, post("/api/v1/admin/stamp-refunds"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountId\":\"%s\",\"agencyCode\":\"DEMO-DOC\",\"reason\":\"contract ended\"}"
					.formatted(family)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.refunds.length()").value(1))
			.andExpect(jsonPath("$.refunds[0].purchaseId").value(twenty.id().toString()))
			.andExpect(jsonPath("$.refunds[0].stamps").value(18))
			.andExpect(jsonPath("$.refunds[0].amount.amount").value("6.75"))
			.andExpect(jsonPath("$.refunds[0].toCard").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(stamps.balance(family, agency)).isZero();
		assertThat(jdbc.sql("select refunded_minor from payments.sandbox_charge where idempotency_key = :k")
			.param("k", twenty.id().toString())
			.query(Long.class)
			.single()).isEqualTo(675);
		assertThat(jdbc.sql("select refunded_minor from payments.sandbox_charge where idempotency_key = :k")
			.param("k", five.id().toString())
			.query(Long.class)
			.single()).isZero();
		assertThat(ledger.totalsByUnit().values()).containsOnly(0L);
		assertThat(ledger.accountsOutOfBalance()).isZero();
		assertThat(body).doesNotContain("error");

		mvc.perform(SignedIn.as(mvc, SignedIn.OPERATOR, post("/api/v1/admin/stamp-refunds"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\",\"agencyCode\":\"DEMO-DOC\",\"reason\":\"again\"}".formatted(family)))
			.andExpect(jsonPath("$.refunds.length()").value(0));
		mvc.perform(SignedIn.as(mvc, SignedIn.DOC_ADMIN, post("/api/v1/admin/stamp-refunds"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accountId\":\"%s\",\"agencyCode\":\"DEMO-DOC\",\"reason\":\"x\"}".formatted(family)))
			.andExpect(status().isForbidden());
	}

	private static UUID bundle(List<StampBundle> bundles, int stamps) {
		return bundles.stream().filter(b -> b.stamps() == stamps).findFirst().orElseThrow().id();
	}

}
