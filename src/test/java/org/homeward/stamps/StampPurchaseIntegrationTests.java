package org.homeward.stamps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.Json;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.TestMail;
import org.homeward.ledger.Ledger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A family saves a card and buys stamps: once per key, never on a declined card, always
 * in balanced books.
 */
@PostgresIntegrationTest
@RecordApplicationEvents
class StampPurchaseIntegrationTests {

	@Autowired
	ApplicationEvents events;

	static final String BILLING = "\"billingAddress\":{\"line1\":\"1 Main St\",\"city\":\"Miami\",\"region\":\"FL\",\"postalCode\":\"33101\",\"country\":\"US\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	String email;

	String token;

	String bundle10;

	@BeforeEach
	void newFamily() throws Exception {
		Families.Family family = Families.register(mvc, "stamps", null);
		email = family.email();
		token = family.token();
		bundle10 = Json.bundle(mvc.perform(get("/api/v1/agencies/DEMO-DOC/stamp-bundles"))
			.andReturn()
			.getResponse()
			.getContentAsString(), 10);
	}

	@Test
	void aCardIsCheckedAtTheEdgeAndOnlyItsLastFourDigitsAreKept() throws Exception {
		addCard("4242 4242 4242 4242").andExpect(status().isCreated())
			.andExpect(jsonPath("$.brand").value("VISA"))
			.andExpect(jsonPath("$.last4").value("4242"))
			.andExpect(jsonPath("$.cardNumber").doesNotExist());
		addCard("4242 4242 4242 4241").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cardNumber"));
		addCard("378282246310005").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("must be a Visa, Mastercard or Discover card"));
		authorized(post("/api/v1/payment-methods"),
				"""
						{"cardNumber":"5555555555554444","expiryMonth":1,"expiryYear":2020,"cvc":"12","cardholderName":"Rosa Diaz",%s}"""
					.formatted(BILLING))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("expiryYear", "cvc")));
		assertThat(
				jdbc.sql("select count(*) from payments.payment_method where gateway_token like '%4242424242424242%'")
					.query(Integer.class)
					.single())
			.isZero();
	}

	@Test
	void aPurchaseWithTheSameKeyBuysOnceAndAnswersTheSame() throws Exception {
		String card = cardId("4242424242424242");
		String key = UUID.randomUUID().toString();
		String first = buy(key, bundle10, card).andExpect(status().isCreated())
			.andExpect(jsonPath("$.stamps").value(10))
			.andExpect(jsonPath("$.charged.amount").value("4.00"))
			.andExpect(jsonPath("$.balance").value(10))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = buy(key, bundle10, card).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(again).isEqualTo(first);
		// the fact, for modules that count: once
		String purchase = Json.id(first);
		assertThat(events.stream(StampsBought.class).filter(e -> e.purchaseId().toString().equals(purchase)).toList())
			.singleElement()
			.satisfies(e -> assertThat(e.stamps()).isEqualTo(10));
		authorized(get("/api/v1/stamps"), null).andExpect(jsonPath("$[0].agencyCode").value("DEMO-DOC"))
			.andExpect(jsonPath("$[0].balance").value(10));
		assertThat(jdbc.sql("select count(*) from payments.sandbox_charge where idempotency_key = :id")
			.param("id", Json.id(first))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(TestMail.await(email, "Your Homeward stamps receipt")).contains("10 stamps", "$4.00");

		String bundle5 = Json.bundle(mvc.perform(get("/api/v1/agencies/DEMO-DOC/stamp-bundles"))
			.andReturn()
			.getResponse()
			.getContentAsString(), 5);
		buy(key, bundle5, card).andExpect(status().isConflict());
		assertThat(ledger.totalsByUnit().values()).containsOnly(0L);
		assertThat(ledger.accountsOutOfBalance()).isZero();
	}

	@Test
	void aDeclinedCardBuysNothingAndSaysWhy() throws Exception {
		buy(UUID.randomUUID().toString(), bundle10, cardId("4000000000000002")).andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.code").value("card-declined"));
		buy(UUID.randomUUID().toString(), bundle10, cardId("4000000000009995")).andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.detail", containsString("insufficient funds")));
		authorized(get("/api/v1/stamps"), null).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void badPurchasesAreClear() throws Exception {
		String card = cardId("5555555555554444");
		authorized(post("/api/v1/stamp-purchases"),
				"{\"agencyCode\":\"DEMO-DOC\",\"bundleId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(bundle10,
						card))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		buy(UUID.randomUUID().toString(), UUID.randomUUID().toString(), card).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bundleId"));
		buy(UUID.randomUUID().toString(), bundle10, UUID.randomUUID().toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("paymentMethodId"));
	}

	private String cardId(String number) throws Exception {
		return Json.id(addCard(number).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	private ResultActions addCard(String number) throws Exception {
		return authorized(post("/api/v1/payment-methods"), """
				{"cardNumber":"%s","expiryMonth":12,"expiryYear":2030,"cvc":"123","cardholderName":"Rosa Diaz",%s}"""
			.formatted(number, BILLING));
	}

	private ResultActions buy(String key, String bundle, String card) throws Exception {
		return mvc.perform(post("/api/v1/stamp-purchases").header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"DEMO-DOC\",\"bundleId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(bundle,
					card)));
	}

	private ResultActions authorized(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", "Bearer " + token);
		return body == null ? mvc.perform(request) : json(request, body);
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
