package org.homeward.deposits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.homeward.Families;
import org.homeward.PaymentCrashes;
import org.homeward.PaymentCrashes.Crash;
import org.homeward.PaymentCrashes.Step;
import org.homeward.PostgresIntegrationTest;
import org.homeward.deposits.DepositAgencies;
import org.homeward.ledger.Ledger;
import org.homeward.messaging.Correspondents;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.Payments;
import org.homeward.shared.Money;
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
 * A deposit cut short at each step, as by a crash, ends settled: the reconciler (or the
 * same request again) finishes it, the card is charged at most once, the ledger stays
 * balanced, what counts against the limits is what was really sent, and the sender's key
 * gets a final answer.
 */
@PostgresIntegrationTest
class DepositCrashIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Deposits deposits;

	@Autowired
	DepositReconciler reconciler;

	@Autowired
	DepositRecords records;

	@MockitoSpyBean
	Payments payments;

	@MockitoSpyBean
	Ledger ledger;

	UUID inmate;

	Families.Family family;

	UUID account;

	@BeforeEach
	void anInmateAndAFamily() throws Exception {
		TenantId agency = DepositAgencies.create(jdbc);
		inmate = Correspondents.inmate(jdbc, agency, "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
		family = Families.register(mvc, "crash", null);
		account = family.accountId();
	}

	@AfterEach
	void noMoreCrashes() {
		reset(payments, ledger);
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void aDepositCutShortAtAnyStepIsCompletedOnceAndTheKeyAnswered(Step step) throws Exception {
		UUID card = Families.card(mvc, family.bearer(), "4242424242424242");
		String key = UUID.randomUUID().toString();
		PaymentCrashes.arm(step, payments, ledger);
		assertThatThrownBy(() -> deposits.sendToInmate(account, key, inmate, Money.of("20.00", Money.USD), card, null))
			.isInstanceOf(Crash.class);
		reset(payments, ledger);

		reconcile();
		send(key, card, "20.00").andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("COMPLETED"));

		DepositRecords.Deposit deposit = onlyDepositOf(key);
		assertThat(deposit.status()).isEqualTo("COMPLETED");
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, deposit.id())).isEqualTo(1);
		assertThat(PaymentCrashes.chargeStatus(jdbc, deposit.id())).isEqualTo("CAPTURED");
		assertThat(ledger.balance(DepositCompletion.inmateBalance(inmate))).isEqualTo(2000);
		assertThat(countedToday(inmate)).isEqualTo(2000);
		assertThat(countedToday(account)).isEqualTo(2000);
		PaymentCrashes.assertLedgerBalanced(jdbc);
		assertThat(receipts()).isEqualTo(1);
	}

	@Test
	void aDeclinedCardCutShortAfterTheGatewayIsDeclinedAndNoLongerCounted() throws Exception {
		UUID card = Families.card(mvc, family.bearer(), "4000000000000002");
		String key = UUID.randomUUID().toString();
		PaymentCrashes.arm(Step.AFTER_GATEWAY, payments, ledger);
		assertThatThrownBy(() -> deposits.sendToInmate(account, key, inmate, Money.of("50.00", Money.USD), card, null))
			.isInstanceOf(Crash.class);
		reset(payments, ledger);
		assertThat(countedToday(inmate)).isEqualTo(5000);

		reconcile();
		assertThat(onlyDepositOf(key).status()).isEqualTo("DECLINED");
		assertThat(countedToday(inmate)).isZero();
		assertThat(countedToday(account)).isZero();
		assertThat(PaymentCrashes.chargeStatus(jdbc, onlyDepositOf(key).id())).isEqualTo("DECLINED");
		send(key, card, "50.00").andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.code").value("card-declined"));
	}

	@Test
	void aDepositWhoseChargeWasNeverRecordedIsDeclinedWithNothingCharged() throws Exception {
		// what a crash left before a deposit and its charge were recorded together: the
		// deposit, and no charge
		UUID card = Families.card(mvc, family.bearer(), "4242424242424242");
		String key = UUID.randomUUID().toString();
		PaymentCrashes.arm(Step.BEFORE_GATEWAY, payments, ledger);
		assertThatThrownBy(() -> deposits.sendToInmate(account, key, inmate, Money.of("30.00", Money.USD), card, null))
			.isInstanceOf(Crash.class);
		reset(payments, ledger);
		UUID id = onlyDepositOf(key).id();
		jdbc.sql("delete from payments.charge where id = :id").param("id", id).update();

		send(key, card, "30.00").andExpect(status().isPaymentRequired())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString(ChargeResult.NEVER_SENT)));
		assertThat(onlyDepositOf(key).status()).isEqualTo("DECLINED");
		assertThat(PaymentCrashes.chargesAtTheGateway(jdbc, id)).isZero();
		assertThat(countedToday(inmate)).isZero();
		// the limit is free again: the whole day's limit can still be sent
		send(UUID.randomUUID().toString(), card, "300.00").andExpect(status().isCreated());
	}

	@Test
	void depositsThatCannotBeSettledYetDoNotHoldBackTheRest() throws Exception {
		UUID card = Families.card(mvc, family.bearer(), "4242424242424242");
		PaymentCrashes.arm(Step.BEFORE_GATEWAY, payments, ledger);
		List<UUID> waiting = new ArrayList<>();
		for (int i = 0; i < 51; i++) {
			String key = UUID.randomUUID().toString();
			assertThatThrownBy(
					() -> deposits.sendToInmate(account, key, inmate, Money.of("0.01", Money.USD), card, null))
				.isInstanceOf(Crash.class);
			waiting.add(onlyDepositOf(key).id());
		}
		reset(payments, ledger);
		UUID last = waiting.remove(50);
		// the gateway has no answer for the 50 oldest, as many times as it is asked
		doAnswer(call -> waiting.contains(call.<UUID>getArgument(0)) ? new ChargeResult.Unknown(call.getArgument(0))
				: call.callRealMethod())
			.when(payments)
			.send(any());

		reconcile();
		reconcile();
		assertThat(jdbc.sql("select status from deposits.deposit where id = :id")
			.param("id", last)
			.query(String.class)
			.single()).isEqualTo("COMPLETED");
		assertThat(jdbc.sql("select count(*) from deposits.deposit where id in (:ids) and status = 'UNKNOWN'")
			.param("ids", waiting)
			.query(Integer.class)
			.single()).isEqualTo(50);

		// once the gateway answers again, they are settled too
		reset(payments);
		reconcile();
		assertThat(jdbc.sql("select count(*) from deposits.deposit where id in (:ids) and status = 'COMPLETED'")
			.param("ids", waiting)
			.query(Integer.class)
			.single()).isEqualTo(50);
	}

	private void reconcile() {
		reconciler.settleMadeBefore(Instant.now().plusSeconds(1));
	}

	private DepositRecords.Deposit onlyDepositOf(String key) {
		return jdbc.sql("select id from deposits.deposit where account_id = :account and idempotency_key = :key")
			.param("account", account)
			.param("key", key)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> records.byId(id).orElseThrow())
			.reduce((a, b) -> {
				throw new AssertionError("two deposits under one key");
			})
			.orElseThrow();
	}

	private long countedToday(UUID owner) {
		return jdbc.sql(
				"select coalesce(sum(amount_minor), 0) from deposits.daily_total where owner_id = :owner and on_day = :day")
			.param("owner", owner)
			.param("day", LocalDate.now(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private int receipts() {
		return jdbc
			.sql("select count(*) from notifications.outbox where to_address = :email and subject like '%money sent'")
			.param("email", family.email().toLowerCase())
			.query(Integer.class)
			.single();
	}

	private ResultActions send(String key, UUID card, String amount) throws Exception {
		return mvc.perform(post("/api/v1/deposits").header("Authorization", family.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"inmateId":"%s","amount":{"amount":"%s","currency":"USD"},"paymentMethodId":"%s"}"""
				.formatted(inmate, amount, card)));
	}

}
