package org.homeward.stamps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PaymentCrashes;
import org.homeward.PaymentCrashes.Crash;
import org.homeward.PaymentCrashes.Step;
import org.homeward.PostgresIntegrationTest;
import org.homeward.deposits.DepositAgencies;
import org.homeward.directory.TestAgencies;
import org.homeward.ledger.Ledger;
import org.homeward.messaging.Correspondents;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.Payments;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A stamp purchase cut short at each step, as by a crash, ends settled: the stamps arrive
 * once for one charge, or nothing is charged and the purchase is declined; the ledger
 * stays balanced and the key gets a final answer.
 */
@PostgresIntegrationTest
class PurchaseCrashIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StampPurchases purchases;

	@Autowired
	PurchaseReconciler reconciler;

	@Autowired
	StampLedger stamps;

	@MockitoSpyBean
	Payments payments;

	@MockitoSpyBean
	Ledger ledger;

	TenantId agency;

	String agencyCode;

	UUID bundle;

	Families.Family family;

	UUID card;

	@BeforeEach
	void anAgencyWithATenStampBundleAndAFamilyWithACard() throws Exception {
		agency = Correspondents.agency(jdbc, "OPEN", 30, false);
		agencyCode = TestAgencies.code(jdbc, agency);
		bundle = jdbc.sql("""
				select b.id from contracts.stamp_bundle b join contracts.contract c on c.id = b.contract_id
				 where c.agency_id = :agency and b.stamps = 10""")
			.param("agency", agency.value())
			.query(UUID.class)
			.single();
		family = Families.register(mvc, "crash", null);
		card = Families.card(mvc, family.bearer(), "4242424242424242");
	}

	@AfterEach
	void noMoreCrashes() {
		reset(payments, ledger);
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void aPurchaseCutShortAtAnyStepGivesTheStampsOnceForOneCharge(Step step) throws Exception {
		String key = UUID.randomUUID().toString();
		PaymentCrashes.arm(step, payments, ledger);
		assertThatThrownBy(() -> purchases.purchase(family.accountId(), family.email(), key, agencyCode, bundle, card,
				Locale.ENGLISH))
			.isInstanceOf(Crash.class);
		reset(payments, ledger);

		reconcile();
		buy(key).andExpect(status().isCreated()).andExpect(jsonPath("$.stamps").value(10));

		UUID id = onlyPurchaseOf(key);
		assertThat(statusOf(id)).isEqualTo("COMPLETED");
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, id)).isEqualTo(1);
		assertThat(PaymentCrashes.chargeStatus(jdbc, id)).isEqualTo("CAPTURED");
		assertThat(stamps.balance(family.accountId(), agency)).isEqualTo(10);
		PaymentCrashes.assertLedgerBalanced(jdbc);
	}

	@Test
	void aPurchaseWhoseChargeWasNeverRecordedIsDeclinedWithNothingCharged() throws Exception {
		String key = UUID.randomUUID().toString();
		PaymentCrashes.arm(Step.BEFORE_GATEWAY, payments, ledger);
		assertThatThrownBy(() -> purchases.purchase(family.accountId(), family.email(), key, agencyCode, bundle, card,
				Locale.ENGLISH))
			.isInstanceOf(Crash.class);
		reset(payments, ledger);
		UUID id = onlyPurchaseOf(key);
		jdbc.sql("delete from payments.charge where id = :id").param("id", id).update();

		reconcile();
		assertThat(statusOf(id)).isEqualTo("DECLINED");
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, id)).isZero();
		assertThat(stamps.balance(family.accountId(), agency)).isZero();
		buy(key).andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString(ChargeResult.NEVER_SENT)));
	}

	private void reconcile() {
		reconciler.settleMadeBefore(Instant.now().plusSeconds(1));
	}

	private UUID onlyPurchaseOf(String key) {
		return jdbc.sql("select id from stamps.purchase where account_id = :account and idempotency_key = :key")
			.param("account", family.accountId())
			.param("key", key)
			.query(UUID.class)
			.single();
	}

	private String statusOf(UUID purchase) {
		return jdbc.sql("select status from stamps.purchase where id = :id")
			.param("id", purchase)
			.query(String.class)
			.single();
	}

	private ResultActions buy(String key) throws Exception {
		return mvc.perform(post("/api/v1/stamp-purchases").header("Authorization", family.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCode\":\"%s\",\"bundleId\":\"%s\",\"paymentMethodId\":\"%s\"}".formatted(agencyCode,
					bundle, card)));
	}

}
