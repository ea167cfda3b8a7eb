package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.Service;
import org.homeward.deposits.PaySlipStatus;
import org.homeward.deposits.RetailPaymentStatus;
import org.homeward.deposits.internal.RetailRecords.PaySlip;
import org.homeward.deposits.internal.RetailRecords.RetailPayment;
import org.homeward.directory.InmateView;
import org.homeward.ledger.IdempotencyConflict;
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
 * Cash a store took, as its network confirms it: checked like any deposit (the slip
 * known, not expired, not paid; the amount within the most one deposit may be and the
 * inmate's limits of the day and 30 days), at the walk-in fee, idempotent by the
 * partner's transaction id; then, in one transaction, the slip is paid, the payment
 * recorded and the ledger moved: the amount to the inmate's balance, the fee to Homeward
 * less the agency's commission, all of it owed by the retail network until it settles.
 * <p>
 * Cash for someone who can no longer receive it (released, transferred out, deposits
 * stopped since the slip was printed) is not refused: the store has the money. It is HELD
 * in the ledger's unapplied-cash account for the operator, who applies it once it can be
 * or returns it through the network to the payer; both audited.
 */
@Component
public class RetailPayments {

	/** What a partner's confirmation came to, and whether this request recorded it. */
	public record Confirmed(RetailPayment payment, boolean replayed) {
	}

	private final RetailRecords records;

	private final DepositTerms terms;

	private final DepositLimitCheck limits;

	private final RetailBooks books;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RetailPayments(RetailRecords records, DepositTerms terms, DepositLimitCheck limits, RetailBooks books,
			TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.terms = terms;
		this.limits = limits;
		this.books = books;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Records cash a partner's store took for a pay slip.
	 * @param receiveCode the agency's receive code the clerk typed, when the partner
	 * sends it
	 * @throws IdempotencyConflict when the transaction id was confirmed with another body
	 * @throws BusinessRuleException naming the rule that refuses it (nothing recorded)
	 */
	public Confirmed confirm(String partner, String transactionId, String reference, Money amount,
			@Nullable String receiveCode) {
		String hash = Hashes.sha256Hex(transactionId + "|" + reference + "|" + amount + "|" + receiveCode);
		return transactions.execute(status -> {
			var earlier = records.payment(partner, transactionId);
			if (earlier.isPresent()) {
				return replay(earlier.get(), hash);
			}
			PaySlip slip = records.lockSlip(reference.replace(" ", ""))
				.orElseThrow(() -> new BusinessRuleException("unknown-pay-slip",
						"No pay slip has the reference " + reference + ".", List.of(reference), Map.of()));
			// the slip's lock orders two confirmations of one transaction: the second
			// finds the first's here
			earlier = records.payment(partner, transactionId);
			if (earlier.isPresent()) {
				return replay(earlier.get(), hash);
			}
			String code = records.receiveCodeOf(slip.agency()).orElse("");
			if (receiveCode != null && !receiveCode.equals(code)) {
				throw new BusinessRuleException("unknown-receive-code",
						"The receive code " + receiveCode + " is not the code of this slip's agency.",
						List.of(receiveCode), Map.of());
			}
			Instant now = DepositCompletion.now(clock);
			PaySlipStatus state = slip.statusAt(now);
			if (state == PaySlipStatus.PAID) {
				throw new BusinessRuleException("pay-slip-paid",
						"The pay slip " + slip.spacedReference() + " was paid already; print a new one.",
						List.of(slip.spacedReference()), Map.of());
			}
			if (state == PaySlipStatus.EXPIRED) {
				throw new BusinessRuleException("pay-slip-expired",
						"The pay slip " + slip.spacedReference() + " has expired; print a new one.",
						List.of(slip.spacedReference()), Map.of());
			}
			RetailPayment payment = record(partner, transactionId, hash, slip, amount, now);
			records.insert(payment);
			records.moveSlip(slip.id(), PaySlipStatus.PAID, now);
			books.confirmed(payment);
			if (payment.status() == RetailPaymentStatus.APPLIED) {
				books.reached(payment, slip.accountId());
			}
			return new Confirmed(payment, false);
		});
	}

	/**
	 * The payment as it will be recorded: applied, with the inmate's limits counted (a
	 * refusal rolls back everything), or held with the reason it cannot be applied.
	 */
	private RetailPayment record(String partner, String transactionId, String hash, PaySlip slip, Money amount,
			Instant now) {
		if (amount.minorUnits() <= 0) {
			throw new InvalidInputException(
					InvalidInputException.FieldError.of("amount", "amount-positive", "must be more than zero"));
		}
		// the walk-in fee of the amount the store took, checked against the most one
		// deposit may be
		Money fee = terms.fee(slip.agency(), FeeChannel.LOBBY, amount);
		String held = null;
		InmateView inmate = null;
		ContractView contract = null;
		Money commission = Money.zero(amount.currency());
		try {
			inmate = terms.receiving(slip.inmateId());
			contract = terms.contract(slip.agency(), inmate.facility().id(), Service.DEPOSITS);
			commission = terms.quote(slip.agency(), contract, amount, FeeChannel.LOBBY).commission();
		}
		catch (BusinessRuleException | NotFoundException cannot) {
			held = cannot.getMessage();
		}
		if (held == null) {
			limits.count(contract.priceBook().depositLimits(), inmate, slip.accountId(), amount);
		}
		return new RetailPayment(Ids.next(), partner, transactionId, hash, slip.id(), slip.inmateId(), slip.agency(),
				amount, fee, commission, held == null ? RetailPaymentStatus.APPLIED : RetailPaymentStatus.HELD, held,
				now, null, null);
	}

	private Confirmed replay(RetailPayment payment, String hash) {
		if (!payment.requestHash().equals(hash)) {
			throw new IdempotencyConflict(payment.transactionId());
		}
		return new Confirmed(payment, true);
	}

}
