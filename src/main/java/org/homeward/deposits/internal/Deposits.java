package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.audit.AuditLog;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.Service;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
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
import org.homeward.payments.ChargeResult;
import org.homeward.payments.ChargeableCard;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending money. A deposit is recorded under the request's idempotency key, checked against the contract's limits
 * (per deposit, per day and per 30 days, for the sender and for the inmate) while the sender's and the inmate's limit
 * rows are locked, then the card is charged outside any transaction with the deposit id as the charge id (never
 * twice), then one balanced ledger entry moves the money: the amount to the inmate (or to the agency, for a person
 * under supervision), the fee to Homeward less the agency's commission. Refunds and chargebacks are
 * {@link DepositReversals}.
 */
@org.springframework.stereotype.Service
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

	private final Directory directory;

	private final Contracts contracts;

	private final Payments payments;

	private final Ledger ledger;

	private final Mailer mailer;

	private final Members members;

	private final Supervision supervision;

	private final DepositLimitCheck limits;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Deposits(DepositRecords records, Directory directory, Contracts contracts, Payments payments, Ledger ledger,
			Mailer mailer, Members members, Supervision supervision, DepositLimitCheck limits, AuditLog audit,
			TransactionTemplate transactions, Clock clock) {
		this.limits = limits;
		this.records = records;
		this.directory = directory;
		this.contracts = contracts;
		this.payments = payments;
		this.ledger = ledger;
		this.mailer = mailer;
		this.members = members;
		this.supervision = supervision;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	static AccountKey inmateBalance(UUID inmate) {
		return new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate);
	}

	/**
	 * The fee and total of a deposit to the inmate.
	 * @throws BusinessRuleException when deposits are not possible there, or the amount is above the most one
	 * deposit may be
	 */
	public Quote quote(UUID inmateId, Money amount) {
		InmateView inmate = receiving(inmateId);
		return quote(inmate.agency().id(), contract(inmate.agency().id(), inmate.facility().id(), Service.DEPOSITS), amount);
	}

	/**
	 * Sends money to an inmate with a saved card.
	 * @param recurring the recurring deposit this one is an instance of, if any
	 * @throws IdempotencyConflict when the key was used for a different deposit
	 * @throws BusinessRuleException when a limit or the contract refuses it (nothing is charged)
	 */
	public Outcome sendToInmate(UUID account, String key, UUID inmateId, Money amount, UUID paymentMethod,
			@Nullable UUID recurring, Locale locale) {
		String hash = Hashes.sha256Hex("INMATE|" + inmateId + "|" + amount + "|" + paymentMethod);
		Optional<Deposit> earlier = records.byKey(account, key);
		if (earlier.isPresent()) {
			return replay(earlier.get(), hash, locale);
		}
		InmateView inmate = receiving(inmateId);
		ContractView contract = contract(inmate.agency().id(), inmate.facility().id(), Service.DEPOSITS);
		Quote quote = quote(inmate.agency().id(), contract, amount);
		ChargeableCard card = ownCard(account, paymentMethod);
		Deposit deposit = new Deposit(Ids.next(), "INMATE", account, inmate.id(), null, null, inmate.agency().id(), amount,
				quote.fee(), quote.commission(), paymentMethod, key, hash, "PENDING", null, recurring, now(), null, null);
		Boolean mine = transactions.execute(status -> limits.reserve(contract.priceBook().depositLimits(), inmate, deposit));
		if (!Boolean.TRUE.equals(mine)) {
			return replay(records.byKey(account, key).orElseThrow(), hash, locale);
		}
		return charge(deposit, card, "Homeward: money for " + inmate.inmateNumber() + " (" + inmate.agency().code() + ")",
				locale, describe(inmate));
	}

	/**
	 * Pays for a person under supervision (supervision fees, restitution, court costs), with the same card flow and
	 * fee tiers as deposits.
	 */
	public Outcome payForSupervision(UUID account, String key, UUID caseId, String obligation, Money amount,
			UUID paymentMethod, Locale locale) {
		String hash = Hashes.sha256Hex("SUPERVISION|" + caseId + "|" + obligation + "|" + amount + "|" + paymentMethod);
		Optional<Deposit> earlier = records.byKey(account, key);
		if (earlier.isPresent()) {
			return replay(earlier.get(), hash, locale);
		}
		Supervision.Case person = supervision.byId(caseId).filter(c -> c.active())
			.orElseThrow(() -> new NotFoundException("supervision case"));
		ContractView contract = contract(person.agency(), null, Service.SUPERVISION_PAYMENTS);
		Quote quote = quote(person.agency(), contract, amount);
		ChargeableCard card = ownCard(account, paymentMethod);
		Deposit deposit = new Deposit(Ids.next(), "SUPERVISION", account, null, person.id(), obligation, person.agency(),
				amount, quote.fee(), quote.commission(), paymentMethod, key, hash, "PENDING", null, null, now(), null, null);
		if (!Boolean.TRUE.equals(transactions.execute(status -> records.insert(deposit)))) {
			return replay(records.byKey(account, key).orElseThrow(), hash, locale);
		}
		return charge(deposit, card, "Homeward: " + obligation.toLowerCase(Locale.ROOT).replace('_', ' ') + " for case "
				+ person.caseNumber(), locale, null);
	}

	/** Finishes a deposit whose charge had no answer; called by the reconciler. */
	Outcome reconcile(Deposit deposit) {
		return settle(deposit, payments.resolve(deposit.id()), Locale.ENGLISH, null);
	}

	/** The ledger entry of a completed deposit, by its key. */
	static String entryKey(Deposit deposit) {
		return "deposit:" + deposit.id();
	}

	static String reversalKey(Deposit deposit) {
		return "deposit-reversal:" + deposit.id();
	}

	private Outcome charge(Deposit deposit, ChargeableCard card, String description, Locale locale, @Nullable String recipient) {
		ChargeResult charge = payments.charge(deposit.id(), card, deposit.total(), description);
		return settle(deposit, charge, locale, recipient);
	}

	/** @param recipient who receives it, as the receipt names them, when the caller knows already */
	private Outcome settle(Deposit deposit, ChargeResult charge, Locale locale, @Nullable String recipient) {
		Instant at = now();
		if (charge instanceof ChargeResult.Declined declined) {
			boolean moved = Boolean.TRUE.equals(transactions.execute(status -> {
				boolean declinedNow = records.move(deposit.id(), List.of("PENDING", "UNKNOWN"), "DECLINED", at, declined.reason());
				if (declinedNow) {
					limits.release(deposit);
				}
				return declinedNow;
			}));
			return new Outcome.Declined(moved ? deposit.moved("DECLINED", at, declined.reason()) : stored(deposit), declined.reason());
		}
		if (charge instanceof ChargeResult.Unknown) {
			boolean moved = records.move(deposit.id(), List.of("PENDING"), "UNKNOWN", at, null);
			return new Outcome.Processing(moved ? deposit.moved("UNKNOWN", at, null) : stored(deposit));
		}
		return transactions.execute(status -> {
			Deposit completed;
			if (records.move(deposit.id(), List.of("PENDING", "UNKNOWN"), "COMPLETED", at, null)) {
				completed = deposit.moved("COMPLETED", at, null);
				receipt(completed, locale, recipient != null ? recipient : recipientOf(completed));
			}
			else {
				completed = stored(deposit);
			}
			// last, so that the inmate's balance row is locked only for the end of the transaction
			ledger.post(new PostEntry(entryKey(deposit), deposit.kind().equals("INMATE") ? "deposit" : "supervision-payment",
					deposit.amount() + " + fee " + deposit.fee(), lines(deposit)));
			return new Outcome.Completed(completed);
		});
	}

	/** The deposit as stored now (another request or the reconciler moved it first). */
	private Deposit stored(Deposit deposit) {
		return records.byId(deposit.id()).orElseThrow();
	}

	/** Now, to the microsecond the database keeps, so that what is answered equals what is read back later. */
	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	/** Card clearing pays amount and fee; the amount to the inmate or the agency, the fee split with the agency. */
	static List<Line> lines(Deposit deposit) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD), -deposit.total().minorUnits()));
		lines.add(new Line(deposit.inmateId() != null ? inmateBalance(deposit.inmateId())
				: new AccountKey(AccountKind.SUPERVISION_PAYABLE, Unit.USD, deposit.agency().value()), deposit.amount().minorUnits()));
		long house = deposit.fee().minorUnits() - deposit.commission().minorUnits();
		if (house != 0) {
			lines.add(new Line(AccountKey.house(AccountKind.FEE_REVENUE, Unit.USD), house));
		}
		if (deposit.commission().minorUnits() != 0) {
			lines.add(new Line(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, deposit.agency().value()),
					deposit.commission().minorUnits()));
		}
		return lines;
	}

	private Outcome replay(Deposit deposit, String hash, Locale locale) {
		if (!deposit.requestHash().equals(hash)) {
			throw new IdempotencyConflict(deposit.key());
		}
		return switch (deposit.status()) {
			case "DECLINED" -> new Outcome.Declined(deposit, String.valueOf(deposit.declineReason()));
			case "PENDING", "UNKNOWN" -> settle(deposit, payments.resolve(deposit.id()), locale, null);
			default -> new Outcome.Completed(deposit);
		};
	}

	private void receipt(Deposit deposit, Locale locale, String recipient) {
		members.member(deposit.accountId()).filter(Members.Member::active).ifPresent(member -> {
			Map<String, Object> model = new HashMap<>();
			model.put("name", member.displayName());
			model.put("to", recipient);
			model.put("amount", deposit.amount().toDecimalString());
			model.put("fee", deposit.fee().toDecimalString());
			model.put("commission", deposit.commission().toDecimalString());
			model.put("total", deposit.total().toDecimalString());
			model.put("currency", deposit.amount().currency().getCurrencyCode());
			model.put("reference", deposit.id().toString());
			model.put("path", "/deposits/" + deposit.id());
			mailer.send(new Email(member.email(), "deposit-receipt", member.language(), model));
		});
	}

	/** Who received it, for receipts: the inmate's name and number, or the case. */
	public String recipientOf(Deposit deposit) {
		if (deposit.inmateId() != null) {
			return recipientOfInmate(deposit.inmateId());
		}
		return supervision.byId(deposit.supervisionId()).map(c -> c.firstName() + " " + c.lastName() + " (case "
				+ c.caseNumber() + ")").orElse("");
	}

	/** The inmate's name, number and agency, for receipts and notices. */
	public String recipientOfInmate(UUID inmateId) {
		return directory.inmate(inmateId).map(Deposits::describe).orElse("");
	}

	private static String describe(InmateView inmate) {
		return inmate.firstName() + " " + inmate.lastName() + " (" + inmate.inmateNumber() + ", " + inmate.agency().name() + ")";
	}

	private InmateView receiving(UUID inmateId) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		if (inmate.status() != InmateStatus.ACTIVE) {
			throw new BusinessRuleException("inmate-not-in-custody", inmate.firstName() + " " + inmate.lastName()
					+ " is no longer in the custody of " + inmate.agency().name() + ": money cannot be sent.");
		}
		return inmate;
	}

	private ContractView contract(TenantId agency, @Nullable UUID facility, Service service) {
		ContractView contract = contracts.contractOf(agency)
			.orElseThrow(() -> new BusinessRuleException("service-not-available", "Payments are not offered there."));
		if (!contract.offers(service, facility)) {
			throw new BusinessRuleException("service-not-available", (service == Service.DEPOSITS
					? "Money cannot be sent to this facility" : "Supervision payments are not offered by this agency")
					+ (contract.serviceEndsOn() == null ? "." : ": the service ended on " + contract.serviceEndsOn() + "."));
		}
		return contract;
	}

	private Quote quote(TenantId agency, ContractView contract, Money amount) {
		if (amount.minorUnits() <= 0) {
			throw new InvalidInputException("amount", "must be more than zero");
		}
		Money fee = contracts.depositFee(agency, FeeChannel.ONLINE, amount);
		Money commission = contract.priceBook().depositCommission().compareTo(fee) > 0 ? fee
				: contract.priceBook().depositCommission();
		return new Quote(amount, fee, commission, amount.plus(fee));
	}

	private ChargeableCard ownCard(UUID account, UUID paymentMethod) {
		return payments.chargeable(account, paymentMethod)
			.orElseThrow(() -> new InvalidInputException("paymentMethodId", "is not one of your saved cards"));
	}

}
