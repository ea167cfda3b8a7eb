package org.homeward.deposits.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.FeeChannel;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.payments.CardDetails;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money sent by phone: a family calls support, and an agent sends it for them with a card
 * read over the phone, at the contract's PHONE fee (higher than online), shown to the
 * agent to read out before confirming. The card is tokenised by the gateway for this one
 * payment and removed from the family's account after it (its number is never stored);
 * the deposit names the agent, and the audit log has the agent's name and reason. A
 * deposit by phone is to one of the family's active contacts, as online.
 */
@Component
public class PhoneDeposits {

	private final Deposits deposits;

	private final DepositRecords records;

	private final DepositCompletion completion;

	private final DepositReversals reversals;

	private final Payments payments;

	private final Contacts contacts;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	PhoneDeposits(Deposits deposits, DepositRecords records, DepositCompletion completion, DepositReversals reversals,
			Payments payments, Contacts contacts, AuditLog audit, TransactionTemplate transactions) {
		this.deposits = deposits;
		this.records = records;
		this.completion = completion;
		this.reversals = reversals;
		this.payments = payments;
		this.contacts = contacts;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * The PHONE fee and total, for the agent to read out.
	 * @throws BusinessRuleException when the inmate is not the family's active contact,
	 * or a rule of the contract refuses the amount
	 */
	public Deposits.Quote quote(Caller agent, UUID account, UUID inmateId, Money amount) {
		agent.supportAgent();
		activeContact(account, inmateId);
		return deposits.quote(inmateId, amount, FeeChannel.PHONE);
	}

	/**
	 * Sends the money with the card read over the phone.
	 * @param key the confirmation's idempotency key: a repeat sends nothing more
	 * @throws InvalidInputException for a card the gateway refuses to tokenise, or no
	 * reason
	 */
	public Deposits.Outcome send(Caller agent, UUID account, String key, UUID inmateId, Money amount, CardDetails card,
			String reason) {
		agent.supportAgent();
		String why = reason(reason);
		activeContact(account, inmateId);
		var earlier = records.byKey(account, key);
		if (earlier.isPresent()) {
			// a repeat of a confirmation: the first answer, with the card it was paid
			// with
			return deposits.sendToInmate(account, key, inmateId, amount, earlier.get().paymentMethod(), null,
					FeeChannel.PHONE, agent.accountId());
		}
		PaymentMethodView method = payments.add(account, card);
		try {
			Deposits.Outcome outcome = deposits.sendToInmate(account, key, inmateId, amount, method.id(), null,
					FeeChannel.PHONE, agent.accountId());
			transactions
				.executeWithoutResult(status -> audit.record(new AuditEntry(agent.accountId(), agent.displayName(),
						outcome.deposit().agency(), "deposits.phone-deposit", outcome.deposit().id().toString(),
						outcome.deposit().amount() + " + fee " + outcome.deposit().fee() + " to "
								+ deposits.recipientOf(outcome.deposit()) + ", " + method.brand().displayName() + " "
								+ method.last4() + " (" + outcome.deposit().status() + "): " + why,
						null)));
			return outcome;
		}
		finally {
			// read over the phone for this payment only: not kept on the family's account
			payments.delete(account, method.id());
		}
	}

	/** A family's deposit, for the agent. */
	public Deposit deposit(Caller agent, UUID depositId) {
		agent.supportAgent();
		return records.byId(depositId).orElseThrow(() -> new NotFoundException("deposit"));
	}

	/** Sends the receipt of a completed deposit to the family again. */
	public void resendReceipt(Caller agent, UUID depositId, String reason) {
		String why = reason(reason);
		Deposit deposit = deposit(agent, depositId);
		if (!deposit.status().equals("COMPLETED")) {
			throw new BusinessRuleException("no-receipt", "Only a completed deposit has a receipt to send; this one is "
					+ deposit.status().toLowerCase() + ".");
		}
		transactions.executeWithoutResult(status -> {
			completion.resendReceipt(deposit);
			audit.record(new AuditEntry(agent.accountId(), agent.displayName(), deposit.agency(),
					"deposits.receipt-resent", deposit.id().toString(), why, null));
		});
	}

	/**
	 * Refunds a deposit to its card, within the rules of any refund (the inmate still
	 * holds the money; once).
	 */
	public Deposit refund(Caller agent, UUID depositId, String reason) {
		String why = reason(reason);
		deposit(agent, depositId);
		return reversals.refund(depositId, why, agent);
	}

	/**
	 * Records a card chargeback (operators only): the deposit is reversed even if spent.
	 */
	public Deposit chargeBack(Caller operator, UUID depositId, String reason) {
		String why = reason(reason);
		return reversals.chargeBack(depositId, why, operator.operator());
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 200) {
			throw new InvalidInputException("reason", "Give the reason, in at most 200 characters.");
		}
		return reason.trim();
	}

	private void activeContact(UUID account, UUID inmateId) {
		List<ContactView> theirs = contacts.ofAccount(account);
		if (theirs.stream().noneMatch(c -> c.active() && c.inmateId().equals(inmateId))) {
			throw new BusinessRuleException("not-an-active-contact", "phone",
					"Money by phone goes to one of the family's active contacts.", List.of(), Map.of());
		}
	}

}
