package org.homeward.deposits.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.deposits.DepositReversed;
import org.homeward.deposits.DepositStatus;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deposits taken back: a refund by an operator while the inmate still holds the money, or
 * a card chargeback even if it was spent. Each is one entry reversing the deposit's,
 * under a key of its own; nothing is edited.
 */
@Service
public class DepositReversals {

	private final DepositRecords records;

	private final DailyTotals totals;

	private final Ledger ledger;

	private final Payments payments;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DepositReversals(DepositRecords records, DailyTotals totals, Ledger ledger, Payments payments, AuditLog audit,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.events = events;
		this.records = records;
		this.totals = totals;
		this.ledger = ledger;
		this.payments = payments;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * An operator gives a deposit back to the card that paid it (amount and fee), while
	 * the inmate still holds it: a reversing ledger entry, nothing edited. Audited.
	 * @throws BusinessRuleException when the inmate has already spent part of it
	 * @throws ConflictException when it is not a completed deposit
	 */
	public Deposit refund(UUID depositId, String reason, Caller by) {
		return transactions.execute(status -> {
			Deposit deposit = records.lock(depositId).orElseThrow(() -> new NotFoundException("deposit"));
			if (!deposit.status().equals("COMPLETED")) {
				throw new ConflictException(
						"Only a completed deposit can be refunded; this one is " + deposit.status() + ".");
			}
			if (deposit.inmateId() != null) {
				totals.lockLimits(deposit.inmateId());
				long balance = ledger.balance(DepositCompletion.inmateBalance(deposit.inmateId()));
				if (balance < deposit.amount().minorUnits()) {
					throw new BusinessRuleException("deposit-spent",
							"The inmate holds "
									+ Money.ofMinor(Math.max(balance, 0), deposit.amount().currency().getCurrencyCode())
										.toDecimalString()
									+ " of this deposit's " + deposit.amount().toDecimalString()
									+ ": it was partly spent and cannot be refunded.");
				}
			}
			boolean toCard = payments.refund(deposit.id(), deposit.total(), "deposit-refund:" + deposit.id());
			reverse(deposit, "deposit-refund",
					toCard ? null : new AccountKey(AccountKind.REFUNDS_OWED, Unit.USD, deposit.accountId()));
			if (records.move(deposit.id(), DepositStatus.REFUNDED, clock.instant(), reason)) {
				reversed(deposit, DepositStatus.REFUNDED);
			}
			audit.record(new AuditEntry(by.accountId(), by.displayName(), deposit.agency(), "deposit.refunded",
					deposit.id().toString(),
					deposit.total() + (toCard ? " to the card" : " owed by other means") + ": " + reason, null));
			return records.byId(deposit.id()).orElseThrow();
		});
	}

	/**
	 * The card network took a deposit back (a chargeback): reversed even if spent; the
	 * inmate's balance may go below zero, and later deposits pay it back first. Audited.
	 */
	public Deposit chargeBack(UUID depositId, String reason, Caller by) {
		return transactions.execute(status -> {
			Deposit deposit = records.lock(depositId).orElseThrow(() -> new NotFoundException("deposit"));
			if (!deposit.status().equals("COMPLETED")) {
				throw new ConflictException(
						"Only a completed deposit can be charged back; this one is " + deposit.status() + ".");
			}
			reverse(deposit, "deposit-chargeback", null);
			if (records.move(deposit.id(), DepositStatus.CHARGED_BACK, clock.instant(), reason)) {
				reversed(deposit, DepositStatus.CHARGED_BACK);
			}
			audit.record(new AuditEntry(by.accountId(), by.displayName(), deposit.agency(), "deposit.charged-back",
					deposit.id().toString(), deposit.total() + ": " + reason, null));
			return records.byId(deposit.id()).orElseThrow();
		});
	}

	private void reversed(Deposit deposit, DepositStatus status) {
		events.publishEvent(new DepositReversed(deposit.id(), deposit.agency(), status, deposit.amount(), deposit.fee(),
				clock.instant(), deposit.commission()));
	}

	/**
	 * The deposit's entry negated; {@code owed} takes the card's side when the card could
	 * not take the money back.
	 */
	private void reverse(Deposit deposit, String kind, @Nullable AccountKey owed) {
		List<Line> reversed = new ArrayList<>();
		for (Line line : DepositCompletion.lines(deposit)) {
			AccountKey account = owed != null && line.account().kind() == AccountKind.CARD_CLEARING ? owed
					: line.account();
			reversed.add(new Line(account, -line.amountMinor()));
		}
		ledger.post(new PostEntry(DepositCompletion.reversalKey(deposit), kind, "reversal of deposit " + deposit.id(),
				reversed));
	}

}
