package org.homeward.deposits.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contracts.FeeChannel;
import org.homeward.deposits.DepositCompleted;
import org.homeward.deposits.RetailPaymentStatus;
import org.homeward.deposits.internal.RetailRecords.RetailPayment;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Cash from stores in the ledger, and what follows when it reaches an inmate. The network
 * owes what its stores took (retail clearing) until it settles; cash confirmed for
 * someone who can receive it goes to their balance, the fee to Homeward less the agency's
 * commission; cash that cannot be applied waits in the agency's unapplied-cash account
 * until the operator applies it or returns it to the payer.
 */
@Component
class RetailBooks {

	private final Ledger ledger;

	private final DepositCompletion completion;

	private final Members members;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetailBooks(Ledger ledger, DepositCompletion completion, Members members, Mailer mailer,
			ApplicationEventPublisher events, Clock clock) {
		this.ledger = ledger;
		this.completion = completion;
		this.members = members;
		this.mailer = mailer;
		this.events = events;
		this.clock = clock;
	}

	/** The store's confirmation: to the inmate's balance, or (held) to unapplied cash. */
	void confirmed(RetailPayment payment) {
		List<Line> lines = payment.status() == RetailPaymentStatus.APPLIED
				? DepositCompletion.lines(clearing(), DepositCompletion.inmateBalance(payment.inmateId()),
						payment.agency(), payment.amount(), payment.fee(), payment.commission())
				: List.of(new Line(clearing(), -payment.total().minorUnits()),
						new Line(unapplied(payment), payment.total().minorUnits()));
		ledger.post(new PostEntry("retail:" + payment.id(), "retail-deposit",
				"cash at a store: " + payment.amount() + " + fee " + payment.fee(), lines));
	}

	/** Held cash the operator applies: from unapplied cash to the inmate's balance. */
	void heldThenApplied(RetailPayment payment) {
		ledger.post(new PostEntry("retail-apply:" + payment.id(), "retail-deposit",
				"cash at a store, held then applied: " + payment.amount() + " + fee " + payment.fee(),
				DepositCompletion.lines(unapplied(payment), DepositCompletion.inmateBalance(payment.inmateId()),
						payment.agency(), payment.amount(), payment.fee(), payment.commission())));
	}

	/** Held cash returned to the payer: the network owes that much less. */
	void returned(RetailPayment payment) {
		ledger.post(new PostEntry("retail-return:" + payment.id(), "retail-return",
				"cash at a store returned to the payer: " + payment.total(),
				List.of(new Line(unapplied(payment), -payment.total().minorUnits()),
						new Line(clearing(), payment.total().minorUnits()))));
	}

	/**
	 * The ledger entry that put a payment's money on the inmate's balance: the store's
	 * confirmation's, or (held first) the operator's.
	 */
	static String appliedKey(RetailPayment payment) {
		return (payment.decidedAt() != null ? "retail-apply:" : "retail:") + payment.id();
	}

	/** Money reached the inmate: counted for reports, and the family's receipt. */
	void reached(RetailPayment payment, @Nullable UUID account) {
		events.publishEvent(new DepositCompleted(payment.id(), account, payment.inmateId(), payment.agency(),
				payment.amount(), payment.fee(), payment.commission(), DepositCompletion.now(clock), FeeChannel.LOBBY));
		if (account == null) {
			return;
		}
		members.member(account).filter(Members.Member::active).ifPresent(member -> {
			Map<String, Object> model = new HashMap<>();
			model.put("name", member.displayName());
			model.put("to", completion.recipientOfInmate(payment.inmateId()));
			model.put("amount", payment.amount().toDisplayString());
			model.put("fee", payment.fee().toDisplayString());
			model.put("total", payment.total().toDisplayString());
			model.put("reference", payment.id().toString());
			mailer.send(new Email(member.email(), "retail-receipt", member.language(), model));
		});
	}

	private static AccountKey clearing() {
		return AccountKey.house(AccountKind.RETAIL_CLEARING, Unit.USD);
	}

	private static AccountKey unapplied(RetailPayment payment) {
		return new AccountKey(AccountKind.UNAPPLIED_CASH, Unit.USD, payment.agency().value());
	}

}
