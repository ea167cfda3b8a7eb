package org.homeward.deposits.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.Service;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.directory.InmateView;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending money. A deposit is recorded under the request's idempotency key, checked
 * against the contract's limits (per deposit, per day and per 30 days, for the sender and
 * for the inmate) while the sender's and the inmate's limit rows are locked, in the same
 * transaction as its pending charge; then the card is charged outside any transaction
 * with the deposit id as the charge id (never twice), then {@link DepositCompletion}
 * moves the money in one balanced ledger entry: the amount to the inmate (or to the
 * agency, for a person under supervision), the fee to Homeward less the agency's
 * commission. Refunds and chargebacks are {@link DepositReversals}.
 */
@Component
public class Deposits {

	/** What a deposit will cost, before the family confirms. */
	public record Quote(Money amount, Money fee, Money commission, Money total) {
	}

	/** What became of a request to send money. */
	public sealed interface Outcome {

		Deposit deposit();

		record Completed(Deposit deposit) implements Outcome {
		}

		record Declined(Deposit deposit, String reason) implements Outcome {
		}

		record Processing(Deposit deposit) implements Outcome {
		}

	}

	private final DepositRecords records;

	private final DepositCompletion completion;

	private final DepositTerms terms;

	private final Payments payments;

	private final Supervision supervision;

	private final DepositLimitCheck limits;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Deposits(DepositRecords records, DepositCompletion completion, DepositTerms terms, Payments payments,
			Supervision supervision, DepositLimitCheck limits, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.completion = completion;
		this.terms = terms;
		this.payments = payments;
		this.supervision = supervision;
		this.limits = limits;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The fee and total of a deposit to the inmate.
	 * @throws BusinessRuleException when deposits are not possible there, or the amount
	 * is above the most one deposit may be
	 */
	public Quote quote(UUID inmateId, Money amount) {
		return quote(inmateId, amount, FeeChannel.ONLINE);
	}

	/** The fee and total of a deposit to the inmate made through {@code channel}. */
	public Quote quote(UUID inmateId, Money amount, FeeChannel channel) {
		InmateView inmate = terms.receiving(inmateId);
		return terms.quote(inmate.agency().id(),
				terms.contract(inmate.agency().id(), inmate.facility().id(), Service.DEPOSITS), amount, channel);
	}

	/**
	 * Sends money to an inmate with a saved card.
	 * @param recurring the recurring deposit this one is an instance of, if any
	 * @throws IdempotencyConflict when the key was used for a different deposit
	 * @throws BusinessRuleException when a limit or the contract refuses it (nothing is
	 * charged)
	 */
	public Outcome sendToInmate(UUID account, String key, UUID inmateId, Money amount, UUID paymentMethod,
			@Nullable UUID recurring) {
		return sendToInmate(account, key, inmateId, amount, paymentMethod, recurring, FeeChannel.ONLINE, null);
	}

	/**
	 * Sends money to an inmate with a card of the account, through a channel: ONLINE by
	 * the family, PHONE by a support agent ({@code agent}) for them, at the channel's
	 * fee.
	 */
	Outcome sendToInmate(UUID account, String key, UUID inmateId, Money amount, UUID paymentMethod,
			@Nullable UUID recurring, FeeChannel channel, @Nullable UUID agent) {
		String hash = Hashes.sha256Hex("INMATE|" + inmateId + "|" + amount + "|" + paymentMethod
				+ (channel == FeeChannel.ONLINE ? "" : "|" + channel));
		Opened opened = open(account, key, () -> {
			InmateView inmate = terms.receiving(inmateId);
			ContractView contract = terms.contract(inmate.agency().id(), inmate.facility().id(), Service.DEPOSITS);
			Quote quote = terms.quote(inmate.agency().id(), contract, amount, channel);
			ChargeableCard card = ownCard(account, paymentMethod);
			Deposit deposit = new Deposit(Ids.next(), "INMATE", account, inmate.id(), null, null, inmate.agency().id(),
					amount, quote.fee(), quote.commission(), paymentMethod, key, hash, "PENDING", null, recurring,
					DepositCompletion.now(clock), null, null, channel, agent);
			payments.open(deposit.id(), card, deposit.total(),
					"Homeward: money for " + inmate.inmateNumber() + " (" + inmate.agency().code() + ")");
			// last: the day's total rows of sender and inmate, which every deposit to
			// them queues on, are locked from
			// here to the commit only
			if (!limits.reserve(contract.priceBook().depositLimits(), inmate, deposit)) {
				return null;
			}
			return new Opened(deposit, card, DepositCompletion.describe(inmate));
		});
		return opened.earlier() ? replay(opened.deposit(), hash) : completion.settle(opened.deposit(),
				payments.send(opened.deposit().id(), opened.card(), opened.deposit().total()), opened.recipient());
	}

	/**
	 * Pays for a person under supervision (supervision fees, restitution, court costs),
	 * with the same card flow and fee tiers as deposits.
	 */
	public Outcome payForSupervision(UUID account, String key, UUID caseId, String obligation, Money amount,
			UUID paymentMethod) {
		String hash = Hashes.sha256Hex("SUPERVISION|" + caseId + "|" + obligation + "|" + amount + "|" + paymentMethod);
		Opened opened = open(account, key, () -> {
			Supervision.Case person = supervision.byId(caseId)
				.filter(c -> c.active())
				.orElseThrow(() -> new NotFoundException("supervision case"));
			ContractView contract = terms.contract(person.agency(), null, Service.SUPERVISION_PAYMENTS);
			Quote quote = terms.quote(person.agency(), contract, amount);
			ChargeableCard card = ownCard(account, paymentMethod);
			Deposit deposit = new Deposit(Ids.next(), "SUPERVISION", account, null, person.id(), obligation,
					person.agency(), amount, quote.fee(), quote.commission(), paymentMethod, key, hash, "PENDING", null,
					null, DepositCompletion.now(clock), null, null, FeeChannel.ONLINE, null);
			payments.open(deposit.id(), card, deposit.total(), "Homeward: "
					+ obligation.toLowerCase(Locale.ROOT).replace('_', ' ') + " for case " + person.caseNumber());
			if (!records.insert(deposit)) {
				return null;
			}
			return new Opened(deposit, card, null);
		});
		return opened.earlier() ? replay(opened.deposit(), hash) : completion.settle(opened.deposit(),
				payments.send(opened.deposit().id(), opened.card(), opened.deposit().total()), opened.recipient());
	}

	/** Finishes a deposit whose charge had no answer; called by the reconciler. */
	Outcome reconcile(Deposit deposit) {
		return completion.settle(deposit, payments.send(deposit.id()), null);
	}

	/**
	 * A deposit recorded with its pending charge on {@code card}, or (without a card) the
	 * one recorded earlier under the same key.
	 */
	private record Opened(Deposit deposit, @Nullable ChargeableCard card, @Nullable String recipient) {

		boolean earlier() {
			return card == null;
		}

	}

	/**
	 * The first of a card payment's two durable steps: in one transaction, the key is
	 * looked up, the deposit checked and recorded with its pending charge
	 * ({@code recording} answers null when another request recorded the key first: then
	 * nothing of this one is kept). A crash before the commit leaves nothing; after it, a
	 * deposit the reconciler or a retry settles.
	 */
	private Opened open(UUID account, String key, Supplier<@Nullable Opened> recording) {
		return transactions.execute(status -> {
			Optional<Deposit> earlier = records.byKey(account, key);
			if (earlier.isPresent()) {
				return new Opened(earlier.get(), null, null);
			}
			Opened recorded = recording.get();
			if (recorded != null) {
				return recorded;
			}
			// another request recorded the key first: this one's pending charge goes with
			// the rollback
			status.setRollbackOnly();
			return new Opened(records.byKey(account, key).orElseThrow(), null, null);
		});
	}

	private Outcome replay(Deposit deposit, String hash) {
		if (!deposit.requestHash().equals(hash)) {
			throw new IdempotencyConflict(deposit.key());
		}
		return switch (deposit.status()) {
			case "DECLINED" -> new Outcome.Declined(deposit, String.valueOf(deposit.declineReason()));
			case "PENDING", "UNKNOWN" -> completion.settle(deposit, payments.send(deposit.id()), null);
			default -> new Outcome.Completed(deposit);
		};
	}

	/** Who received it, for receipts: the inmate's name and number, or the case. */
	public String recipientOf(Deposit deposit) {
		return completion.recipientOf(deposit);
	}

	/** The inmate's name, number and agency, for receipts and notices. */
	public String recipientOfInmate(UUID inmateId) {
		return completion.recipientOfInmate(inmateId);
	}

	/**
	 * The member's own saved card.
	 * @throws InvalidInputException naming {@code paymentMethodId} for anyone else's
	 * card, or a removed one
	 */
	ChargeableCard ownCard(UUID account, UUID paymentMethod) {
		return payments.chargeable(account, paymentMethod)
			.orElseThrow(() -> new InvalidInputException(InvalidInputException.FieldError.of("paymentMethodId",
					"own-card", "is not one of your saved cards")));
	}

}
