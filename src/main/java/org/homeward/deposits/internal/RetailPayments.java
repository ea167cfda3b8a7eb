package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.Service;
import org.homeward.deposits.DepositCompleted;
import org.homeward.deposits.PaySlipStatus;
import org.homeward.deposits.RetailPaymentStatus;
import org.homeward.deposits.internal.RetailRecords.PaySlip;
import org.homeward.deposits.internal.RetailRecords.RetailPayment;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

	private final Ledger ledger;

	private final Mailer mailer;

	private final Members members;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RetailPayments(RetailRecords records, DepositTerms terms, DepositLimitCheck limits, Ledger ledger, Mailer mailer,
			Members members, AuditLog audit, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.records = records;
		this.terms = terms;
		this.limits = limits;
		this.ledger = ledger;
		this.mailer = mailer;
		this.members = members;
		this.audit = audit;
		this.events = events;
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
			post(payment);
			if (payment.status() == RetailPaymentStatus.APPLIED) {
				applied(payment, slip.accountId());
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
		Money commission = Money.zero(amount.currency());
		try {
			inmate = terms.receiving(slip.inmateId());
			var contract = terms.contract(slip.agency(), inmate.facility().id(), Service.DEPOSITS);
			commission = terms.quote(slip.agency(), contract, amount, FeeChannel.LOBBY).commission();
		}
		catch (BusinessRuleException | NotFoundException cannot) {
			held = cannot.getMessage();
		}
		if (inmate != null && held == null) {
			limits.count(
					terms.contract(slip.agency(), inmate.facility().id(), Service.DEPOSITS).priceBook().depositLimits(),
					inmate, slip.accountId(), amount);
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
			Instant now = DepositCompletion.now(clock);
			decide(payment, RetailPaymentStatus.APPLIED, now, by);
			ledger.post(new PostEntry("retail-apply:" + payment.id(), "retail-deposit",
					"cash at a store, held then applied: " + payment.amount() + " + fee " + payment.fee(),
					DepositCompletion.lines(unapplied(payment), DepositCompletion.inmateBalance(payment.inmateId()),
							payment.agency(), payment.amount(), payment.fee(), payment.commission())));
			audit(by, payment, "deposits.retail-payment.applied", reason);
			RetailPayment applied = records.payment(id).orElseThrow();
			applied(applied, records.slip(payment.paySlipId()).map(PaySlip::accountId).orElse(null));
			return applied;
		});
	}

	/**
	 * Returns held cash through the retail network to whoever paid it (operators): the
	 * network owes us that much less.
	 * @throws ConflictException when the payment is no longer held
	 */
	public RetailPayment giveBack(UUID id, String reason, Caller by) {
		return transactions.execute(status -> {
			RetailPayment payment = held(id);
			decide(payment, RetailPaymentStatus.RETURNED, DepositCompletion.now(clock), by);
			ledger.post(new PostEntry("retail-return:" + payment.id(), "retail-return",
					"cash at a store returned to the payer: " + payment.total(),
					List.of(new Line(unapplied(payment), -payment.total().minorUnits()),
							new Line(clearing(), payment.total().minorUnits()))));
			audit(by, payment, "deposits.retail-payment.returned", reason);
			return records.payment(id).orElseThrow();
		});
	}

	private RetailPayment held(UUID id) {
		RetailPayment payment = records.payment(id).orElseThrow(() -> new NotFoundException("retail payment"));
		if (payment.status() != RetailPaymentStatus.HELD) {
			throw new ConflictException("This payment is not held any more: it was "
					+ payment.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
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

	/** The payment's ledger entry: to the inmate, or (held) to unapplied cash. */
	private void post(RetailPayment payment) {
		List<Line> lines = payment.status() == RetailPaymentStatus.APPLIED
				? DepositCompletion.lines(clearing(), DepositCompletion.inmateBalance(payment.inmateId()),
						payment.agency(), payment.amount(), payment.fee(), payment.commission())
				: List.of(new Line(clearing(), -payment.total().minorUnits()),
						new Line(unapplied(payment), payment.total().minorUnits()));
		ledger.post(new PostEntry("retail:" + payment.id(), "retail-deposit",
				"cash at a store: " + payment.amount() + " + fee " + payment.fee(), lines));
	}

	/**
	 * The ledger entry that put a payment's money on the inmate's balance: the store's
	 * confirmation's, or (held first) the operator's.
	 */
	static String appliedKey(RetailPayment payment) {
		return (payment.decidedAt() != null ? "retail-apply:" : "retail:") + payment.id();
	}

	private static AccountKey clearing() {
		return AccountKey.house(AccountKind.RETAIL_CLEARING, Unit.USD);
	}

	private static AccountKey unapplied(RetailPayment payment) {
		return new AccountKey(AccountKind.UNAPPLIED_CASH, Unit.USD, payment.agency().value());
	}

	/** Money reached the inmate: counted for reports, and the family's receipt. */
	private void applied(RetailPayment payment, @Nullable UUID account) {
		events.publishEvent(new DepositCompleted(payment.id(), account, payment.inmateId(), payment.agency(),
				payment.amount(), payment.fee(), payment.commission(), DepositCompletion.now(clock), FeeChannel.LOBBY));
		if (account == null) {
			return;
		}
		members.member(account).filter(Members.Member::active).ifPresent(member -> {
			Map<String, Object> model = new HashMap<>();
			model.put("name", member.displayName());
			model.put("to", terms.describe(payment.inmateId()));
			model.put("amount", payment.amount().toDisplayString());
			model.put("fee", payment.fee().toDisplayString());
			model.put("total", payment.total().toDisplayString());
			model.put("reference", payment.id().toString());
			mailer.send(new Email(member.email(), "retail-receipt", member.language(), model));
		});
	}

}
