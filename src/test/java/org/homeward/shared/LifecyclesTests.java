package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.homeward.courses.CreditStatus;
import org.homeward.courses.EnrolmentStatus;
import org.homeward.deposits.DepositStatus;
import org.homeward.deposits.PaySlipStatus;
import org.homeward.deposits.RetailPaymentStatus;
import org.homeward.media.TabletOrderStatus;
import org.homeward.messaging.MessageStatus;
import org.homeward.stamps.PurchaseStatus;
import org.junit.jupiter.api.Test;

/** The table of each lifecycle, written out: a move added or lost shows here first. */
class LifecyclesTests {

	@Test
	void aMessageMovesOnlyForward() {
		assertThat(moves(MessageStatus.LIFECYCLE, MessageStatus.values())).containsExactlyInAnyOrder("SCREENING>HELD",
				"SCREENING>DELIVERED", "SCREENING>QUEUED_FOR_PRINT", "HELD>DELIVERED", "HELD>QUEUED_FOR_PRINT",
				"HELD>REJECTED", "DELIVERED>READ", "QUEUED_FOR_PRINT>PRINTED");
		assertThat(MessageStatus.LIFECYCLE.isFinal(MessageStatus.REJECTED)).isTrue();
		assertThatThrownBy(() -> MessageStatus.LIFECYCLE.move(MessageStatus.REJECTED, MessageStatus.DELIVERED))
			.isInstanceOf(Lifecycle.IllegalMove.class)
			.hasMessage("A message cannot move from REJECTED to DELIVERED.");
	}

	@Test
	void aDepositIsSettledOnceAndReversedOnlyWhenCompleted() {
		assertThat(moves(DepositStatus.LIFECYCLE, DepositStatus.values())).containsExactlyInAnyOrder("PENDING>UNKNOWN",
				"PENDING>COMPLETED", "PENDING>DECLINED", "UNKNOWN>COMPLETED", "UNKNOWN>DECLINED", "COMPLETED>REFUNDED",
				"COMPLETED>CHARGED_BACK");
		assertThat(DepositStatus.LIFECYCLE.sourcesOf(DepositStatus.COMPLETED))
			.containsExactlyInAnyOrder(DepositStatus.PENDING, DepositStatus.UNKNOWN);
		assertThat(DepositStatus.LIFECYCLE.sourceNamesOf(DepositStatus.CHARGED_BACK)).containsExactly("COMPLETED");
		assertThatThrownBy(() -> DepositStatus.LIFECYCLE.move(DepositStatus.DECLINED, DepositStatus.COMPLETED))
			.isInstanceOf(Lifecycle.IllegalMove.class)
			.hasMessageContaining("deposit cannot move from DECLINED to COMPLETED");
		// nothing moves a deposit back to PENDING: there is no compare-and-set to start
		// from
		assertThatThrownBy(() -> DepositStatus.LIFECYCLE.sourcesOf(DepositStatus.PENDING))
			.isInstanceOf(Lifecycle.IllegalMove.class);
	}

	@Test
	void aPaySlipIsPaidOnceOrExpires() {
		assertThat(moves(PaySlipStatus.LIFECYCLE, PaySlipStatus.values())).containsExactlyInAnyOrder("ISSUED>PAID",
				"ISSUED>EXPIRED");
		assertThatThrownBy(() -> PaySlipStatus.LIFECYCLE.move(PaySlipStatus.PAID, PaySlipStatus.PAID))
			.isInstanceOf(Lifecycle.IllegalMove.class);
	}

	@Test
	void heldCashIsAppliedOrReturnedAndAppliedCashStays() {
		assertThat(moves(RetailPaymentStatus.LIFECYCLE, RetailPaymentStatus.values()))
			.containsExactlyInAnyOrder("HELD>APPLIED", "HELD>RETURNED");
		assertThat(RetailPaymentStatus.LIFECYCLE.isFinal(RetailPaymentStatus.APPLIED)).isTrue();
	}

	@Test
	void aStampPurchaseIsSettledOnce() {
		assertThat(moves(PurchaseStatus.LIFECYCLE, PurchaseStatus.values())).containsExactlyInAnyOrder(
				"PENDING>UNKNOWN", "PENDING>COMPLETED", "PENDING>DECLINED", "UNKNOWN>COMPLETED", "UNKNOWN>DECLINED");
		assertThat(PurchaseStatus.LIFECYCLE.isFinal(PurchaseStatus.COMPLETED)).isTrue();
		assertThat(PurchaseStatus.LIFECYCLE.isFinal(PurchaseStatus.DECLINED)).isTrue();
	}

	@Test
	void aTabletOrderIsPaidThenHandedOverOrCancelled() {
		assertThat(moves(TabletOrderStatus.LIFECYCLE, TabletOrderStatus.values())).containsExactlyInAnyOrder(
				"PAYING>PAYMENT_DECLINED", "PAYING>ORDERED", "ORDERED>ISSUED", "ORDERED>CANCELLED");
		assertThat(TabletOrderStatus.LIFECYCLE.isFinal(TabletOrderStatus.ISSUED)).isTrue();
		assertThatThrownBy(
				() -> TabletOrderStatus.LIFECYCLE.move(TabletOrderStatus.ISSUED, TabletOrderStatus.CANCELLED))
			.isInstanceOf(Lifecycle.IllegalMove.class)
			.hasMessage("A tablet order cannot move from ISSUED to CANCELLED.");
	}

	@Test
	void anEnrolmentCompletesOrIsWithdrawnOnce() {
		assertThat(moves(EnrolmentStatus.LIFECYCLE, EnrolmentStatus.values()))
			.containsExactlyInAnyOrder("ENROLLED>COMPLETED", "ENROLLED>WITHDRAWN");
		assertThat(EnrolmentStatus.LIFECYCLE.isFinal(EnrolmentStatus.COMPLETED)).isTrue();
	}

	@Test
	void aCreditIsApprovedOnce() {
		assertThat(moves(CreditStatus.LIFECYCLE, CreditStatus.values())).containsExactly("PENDING>APPROVED");
		assertThat(CreditStatus.LIFECYCLE.isFinal(CreditStatus.APPROVED)).isTrue();
	}

	private static <S extends Enum<S>> List<String> moves(Lifecycle<S> lifecycle, S[] states) {
		List<String> moves = new ArrayList<>();
		for (S from : states) {
			for (S to : states) {
				if (lifecycle.allows(from, to)) {
					moves.add(from + ">" + to);
				}
			}
		}
		return moves;
	}

}
