package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import java.util.UUID;

import org.homeward.ledger.Ledger;
import org.homeward.payments.Payments;
import org.mockito.stubbing.Answer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cuts a card payment short at each of its steps, as a crash of the process would, on
 * spies of {@link Payments} and {@link Ledger}: what the step had written in an open
 * transaction is rolled back, what was committed stays, and the gateway keeps what it
 * did. Then checks what must hold however a payment ended.
 */
public final class PaymentCrashes {

	private PaymentCrashes() {
	}

	/** The process dies here. */
	public static final class Crash extends RuntimeException {

		public Crash(String step) {
			super("crash: " + step);
		}

	}

	/** Where a payment is cut short. */
	public enum Step {

		/**
		 * While the payment and its pending charge are being recorded (their transaction
		 * never commits).
		 */
		RECORDING,
		/** After they were recorded, before the gateway is asked. */
		BEFORE_GATEWAY,
		/**
		 * After the gateway took (or refused) the card, before its answer is recorded.
		 */
		AFTER_GATEWAY,
		/**
		 * At the end of the transaction that records the answer and its consequences (it
		 * never commits).
		 */
		SETTLING

	}

	/** Arms the spies so that the next payment dies at {@code step}. */
	public static void arm(Step step, Payments payments, Ledger ledger) {
		switch (step) {
			case RECORDING -> doThrow(new Crash("recording")).when(payments).open(any(), any(), any(), any());
			case BEFORE_GATEWAY -> {
				doThrow(new Crash("before the gateway")).when(payments).send(any());
				doThrow(new Crash("before the gateway")).when(payments).send(any(), any(), any());
			}
			case AFTER_GATEWAY -> {
				Answer<Object> crash = call -> {
					call.callRealMethod();
					throw new Crash("after the gateway");
				};
				doAnswer(crash).when(payments).send(any());
				doAnswer(crash).when(payments).send(any(), any(), any());
			}
			case SETTLING -> doThrow(new Crash("settling")).when(ledger).post(any());
		}
	}

	/**
	 * How many times the gateway was asked to take money under the charge's id and did (0
	 * or 1, never more).
	 */
	public static int chargesAtTheGateway(JdbcClient jdbc, UUID chargeId) {
		return jdbc.sql("select count(*) from payments.sandbox_charge where idempotency_key = :key")
			.param("key", chargeId.toString())
			.query(Integer.class)
			.single();
	}

	/** Every journal entry sums to zero in each unit, so the whole ledger does. */
	public static void assertLedgerBalanced(JdbcClient jdbc) {
		assertThat(jdbc.sql("select unit from ledger.posting group by unit having sum(amount_minor) <> 0")
			.query(String.class)
			.list()).isEmpty();
	}

	/**
	 * The charge record of a payment ended with the gateway's answer, never pending or
	 * unknown.
	 */
	public static String chargeStatus(JdbcClient jdbc, UUID chargeId) {
		return jdbc.sql("select status from payments.charge where id = :id")
			.param("id", chargeId)
			.query(String.class)
			.optional()
			.orElse("NONE");
	}

}
