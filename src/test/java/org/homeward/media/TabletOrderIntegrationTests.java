package org.homeward.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.homeward.Families;
import org.homeward.PaymentCrashes;
import org.homeward.PostgresIntegrationTest;
import org.homeward.SignedIn;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.messaging.Correspondents;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Tablets sold as a product at DEMO-DOC's North Unit: an inmate orders one from their
 * balance (the price first, once per key, the agency's commission in the ledger, refused
 * when the balance is short), staff hand one over from stock or cancel with the money
 * back; a family orders one by card, once, and a cancelled order goes back to the card.
 */
@PostgresIntegrationTest
class TabletOrderIntegrationTests {

	static final UUID TAB_8 = UUID.fromString("0a0c0000-0000-4000-8000-0000000e0001");

	static final UUID TUNES_4 = UUID.fromString("0a0c0000-0000-4000-8000-0000000e0002");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	String number;

	UUID inmate;

	String kiosk;

	String staff;

	@BeforeEach
	void anInmateAtNorthUnit() throws Exception {
		number = "K" + System.nanoTime() % 1_000_000;
		inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "NORTH", number);
		kiosk = Correspondents.kiosk(mvc, "DEMO-DOC", number);
		staff = "Bearer " + SignedIn.token(mvc, SignedIn.DOC_REVIEWER);
	}

	@Test
	void anInmateOrdersFromTheBalanceOnceAndStaffHandItOver() throws Exception {
		MediaFixtures.fund(ledger, inmate, 6000);
		mvc.perform(get("/api/v1/kiosk/tablets").header("Authorization", kiosk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.models[0].name").value("Homeward Tunes 4"))
			.andExpect(jsonPath("$.models[0].price.amount").value("49.00"))
			.andExpect(jsonPath("$.models[1].name").value("Homeward Tab 8"))
			.andExpect(jsonPath("$.orders.length()").value(0));
		order("short", TAB_8).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("insufficient-balance"));
		long commissions = commissions();

		String first = order("tunes", TUNES_4).andExpect(status().isCreated())
			.andExpect(jsonPath("$.order.status").value("ORDERED"))
			.andExpect(jsonPath("$.balance.amount").value("11.00"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(first, "$.order.id");
		order("tunes", TUNES_4).andExpect(status().isCreated()).andExpect(jsonPath("$.order.id").value(id));
		order("tunes", TAB_8).andExpect(status().isConflict());
		assertThat(balance()).isEqualTo(1100);
		assertThat(commissions()).isEqualTo(commissions + 490);
		PaymentCrashes.assertLedgerBalanced(jdbc);

		mvc.perform(get("/api/v1/staff/tablet-orders").header("Authorization", staff))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].model").value("Homeward Tunes 4"));
		String device = register("TO-" + number);
		fulfil(id, device).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.deviceId").value(device));
		fulfil(id, device).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("order-not-waiting"));
		assertThat(jdbc.sql("select inmate_id from media.device where id = :id")
			.param("id", UUID.fromString(device))
			.query(UUID.class)
			.single()).isEqualTo(inmate);
		cancel(id, "Changed our mind").andExpect(status().isConflict());
		mvc.perform(get("/api/v1/kiosk/tablets").header("Authorization", kiosk))
			.andExpect(jsonPath("$.orders[0].status").value("ISSUED"));

		// another agency's staff see none of it
		String fed = "Bearer " + SignedIn.token(mvc, SignedIn.FED_REVIEWER);
		cancel(id, "x", fed).andExpect(status().isNotFound());
	}

	@Test
	void aCancelledOrderGoesBackToTheBalanceAndATabletTheInmateHoldsWaits() throws Exception {
		MediaFixtures.fund(ledger, inmate, 9000);
		String id = JsonPath.read(
				order("tab", TAB_8).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.order.id");
		assertThat(balance()).isEqualTo(100);
		// the inmate holds a tablet already: take it back first
		String held = register("TH-" + number);
		mvc.perform(post("/api/v1/staff/devices/{id}/issue", held).header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"" + inmate + "\"}")).andExpect(status().isOk());
		fulfil(id, register("TN-" + number)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inmate-has-tablet"));
		mvc.perform(get("/api/v1/kiosk/tablets").header("Authorization", kiosk))
			.andExpect(jsonPath("$.orders[0].status").value("ORDERED"));

		cancel(id, " ").andExpect(status().isBadRequest());
		cancel(id, "Lockdown: no deliveries this month").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.reason").value("Lockdown: no deliveries this month"));
		cancel(id, "again").andExpect(status().isConflict());
		assertThat(balance()).isEqualTo(9000);
		PaymentCrashes.assertLedgerBalanced(jdbc);
		assertThat(jdbc
			.sql("select count(*) from audit.entry where action = 'media.tablet-order.cancelled'"
					+ " and subject = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFamilyOrdersByCardOnceAndACancelledOrderGoesBackToTheCard() throws Exception {
		Families.Family family = Families.register(mvc, "tablet", inmate);
		UUID card = Families.card(mvc, family.bearer(), Families.APPROVED_CARD);
		UUID declined = Families.card(mvc, family.bearer(), "4000000000000002");
		give(family, "no", TAB_8, declined).andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.code").value("card-declined"));

		String first = give(family, "tab", TAB_8, card).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ORDERED"))
			.andExpect(jsonPath("$.paidBy").value("FAMILY"))
			.andExpect(jsonPath("$.price.amount").value("89.00"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(first, "$.id");
		give(family, "tab", TAB_8, card).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id));
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, UUID.fromString(id))).isEqualTo(1);
		mvc.perform(get("/api/v1/media/tablet-orders").param("inmateId", inmate.toString())
			.header("Authorization", family.bearer())).andExpect(jsonPath("$[0].id").value(id));
		Families.Family stranger = Families.register(mvc, "stranger", null);
		mvc.perform(get("/api/v1/media/tablet-orders").param("inmateId", inmate.toString())
			.header("Authorization", stranger.bearer())).andExpect(status().isNotFound());
		give(stranger, "s", TAB_8, Families.card(mvc, stranger.bearer(), Families.APPROVED_CARD))
			.andExpect(status().isNotFound());

		cancel(id, "Transferred before delivery").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		assertThat(jdbc.sql("select refunded_minor from payments.sandbox_charge where idempotency_key = :k")
			.param("k", id)
			.query(Long.class)
			.single()).isEqualTo(8900);
		PaymentCrashes.assertLedgerBalanced(jdbc);
	}

	@Test
	void aFacilityWithoutTabletsSellsNone() throws Exception {
		String south = "S" + System.nanoTime() % 1_000_000;
		UUID inmate = Correspondents.inmate(jdbc, VisitFixtures.demoDoc(jdbc), "SOUTH", south);
		MediaFixtures.fund(ledger, inmate, 9000);
		String there = Correspondents.kiosk(mvc, "DEMO-DOC", south);
		mvc.perform(get("/api/v1/kiosk/tablets").header("Authorization", there))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("service-not-available"));
		mvc.perform(post("/api/v1/kiosk/tablets/orders").header("Authorization", there)
			.header("Idempotency-Key", "s")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modelId\":\"" + TAB_8 + "\"}")).andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from media.tablet_order where inmate_id = :i")
			.param("i", inmate)
			.query(Integer.class)
			.single()).isZero();
	}

	private ResultActions order(String key, UUID model) throws Exception {
		return mvc.perform(post("/api/v1/kiosk/tablets/orders").header("Authorization", kiosk)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modelId\":\"" + model + "\"}"));
	}

	private ResultActions give(Families.Family family, String key, UUID model, UUID card) throws Exception {
		return mvc.perform(post("/api/v1/media/tablet-orders").header("Authorization", family.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"inmateId\":\"%s\",\"modelId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(inmate, model,
					card)));
	}

	private ResultActions fulfil(String order, String device) throws Exception {
		return mvc.perform(post("/api/v1/staff/tablet-orders/{id}/fulfil", order).header("Authorization", staff)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"deviceId\":\"" + device + "\"}"));
	}

	private ResultActions cancel(String order, String reason) throws Exception {
		return cancel(order, reason, staff);
	}

	private ResultActions cancel(String order, String reason, String by) throws Exception {
		return mvc.perform(post("/api/v1/staff/tablet-orders/{id}/cancel", order).header("Authorization", by)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"" + reason + "\"}"));
	}

	private String register(String serial) throws Exception {
		return JsonPath.read(mvc
			.perform(post("/api/v1/staff/devices").header("Authorization", staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"serial\":\"%s\",\"model\":\"Homeward Tab 8\",\"facilityCode\":\"NORTH\"}"
					.formatted(serial)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.device.id");
	}

	private long balance() {
		return ledger.balance(new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate));
	}

	private long commissions() {
		TenantId doc = VisitFixtures.demoDoc(jdbc);
		return ledger.balance(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, doc.value()));
	}

}
