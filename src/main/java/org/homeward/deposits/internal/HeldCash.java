package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contracts.Service;
import org.homeward.deposits.RetailPaymentStatus;
import org.homeward.deposits.internal.RetailRecords.PaySlip;
import org.homeward.deposits.internal.RetailRecords.RetailPayment;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cash a store took for someone who could not receive it (released, transferred out,
 * deposits stopped since the slip was printed), held for the operator: applied once the
 * person can receive it, or returned through the network to the payer; each decision
 * taken once and audited with the operator's reason.
 */
@Component
public class HeldCash {

	private final RetailRecords records;

	private final RetailBooks books;

	private final DepositTerms terms;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	HeldCash(RetailRecords records, RetailBooks books, DepositTerms terms, AuditLog audit,
			TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.books = books;
		this.terms = terms;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Applies held cash to the inmate's balance, now that they can receive it
	 * (operators).
	 * @throws BusinessRuleException when they still cannot
	 * @throws ConflictException when the payment is no longer held
	 */
	public RetailPayment apply(UUID id, String reason, Caller by) {
		return transactions.execute(status -> {
			RetailPayment payment = held(id);
			InmateView inmate = terms.receiving(payment.inmateId());
			terms.contract(payment.agency(), inmate.facility().id(), Service.DEPOSITS);
			decide(payment, RetailPaymentStatus.APPLIED, DepositCompletion.now(clock), by);
			books.heldThenApplied(payment);
			audit(by, payment, "deposits.retail-payment.applied", reason);
			RetailPayment applied = records.payment(id).orElseThrow();
			books.reached(applied, records.slip(payment.paySlipId()).map(PaySlip::accountId).orElse(null));
			return applied;
		});
	}

	/**
	 * Returns held cash through the retail network to whoever paid it (operators).
	 * @throws ConflictException when the payment is no longer held
	 */
	public RetailPayment giveBack(UUID id, String reason, Caller by) {
		return transactions.execute(status -> {
			RetailPayment payment = held(id);
			decide(payment, RetailPaymentStatus.RETURNED, DepositCompletion.now(clock), by);
			books.returned(payment);
			audit(by, payment, "deposits.retail-payment.returned", reason);
			return records.payment(id).orElseThrow();
		});
	}

	private RetailPayment held(UUID id) {
		RetailPayment payment = records.payment(id).orElseThrow(() -> new NotFoundException("retail payment"));
		if (payment.status() != RetailPaymentStatus.HELD) {
			throw new ConflictException("This payment is not held any more: it was "
					+ payment.status().name().toLowerCase(Locale.ROOT) + ".");
		}
		return payment;
	}

	private void decide(RetailPayment payment, RetailPaymentStatus to, Instant at, Caller by) {
		if (!records.decide(payment.id(), to, at, by.displayName())) {
			throw new ConflictException("Someone else decided this payment just now.");
		}
	}

	private void audit(Caller by, RetailPayment payment, String action, String reason) {
		audit.record(new AuditEntry(by.accountId(), by.displayName(), payment.agency(), action, payment.id().toString(),
				payment.partner() + " " + payment.transactionId() + ", " + payment.total() + ": " + reason, null));
	}

}
