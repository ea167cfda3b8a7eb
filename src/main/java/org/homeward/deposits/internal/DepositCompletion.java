package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contracts.FeeChannel;
import org.homeward.deposits.DepositCompleted;
import org.homeward.deposits.DepositStatus;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.deposits.internal.Deposits.Outcome;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.payments.ChargeResult;
import org.homeward.payments.Payments;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows the card's answer to a deposit's charge, recorded with the answer in one
 * transaction: a decline releases what the deposit had counted against the limits; no
 * answer leaves it to the reconciler; an approval completes it with its balanced ledger
 * entry and its receipt in the outbox. Safe to run twice for the same deposit (a retry,
 * the reconciler): only the first moves it, and the ledger entry is posted once under its
 * key.
 */
@Component
class DepositCompletion {

	private final DepositRecords records;

	private final DepositLimitCheck limits;

	private final Ledger ledger;

	private final Mailer mailer;

	private final Members members;

	private final Directory directory;

	private final Supervision supervision;

	private final Payments payments;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DepositCompletion(DepositRecords records, DepositLimitCheck limits, Ledger ledger, Mailer mailer, Members members,
			Directory directory, Supervision supervision, Payments payments, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.limits = limits;
		this.ledger = ledger;
		this.mailer = mailer;
		this.members = members;
		this.directory = directory;
		this.supervision = supervision;
		this.payments = payments;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Now, to the microsecond the database keeps, so that what is answered equals what is
	 * read back later.
	 */
	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static AccountKey inmateBalance(UUID inmate) {
		return new AccountKey(AccountKind.INMATE_BALANCE, Unit.USD, inmate);
	}

	/** The ledger entry of a completed deposit, by its key. */
	static String entryKey(Deposit deposit) {
		return "deposit:" + deposit.id();
	}

	static String reversalKey(Deposit deposit) {
		return "deposit-reversal:" + deposit.id();
	}

	/**
	 * The second of a card payment's two durable steps: the gateway's answer and what
	 * follows from it, in one transaction.
	 * @param recipient who receives it, as the receipt names them, when the caller knows
	 * already
	 */
	Outcome settle(Deposit deposit, ChargeResult charge, @Nullable String recipient) {
		Instant at = now(clock);
		return transactions.execute(status -> {
			payments.record(charge);
			if (charge instanceof ChargeResult.Declined declined) {
				if (records.move(deposit.id(), DepositStatus.DECLINED, at, declined.reason())) {
					limits.release(deposit);
					return new Outcome.Declined(deposit.moved("DECLINED", at, declined.reason()), declined.reason());
				}
				return new Outcome.Declined(stored(deposit), declined.reason());
			}
			if (charge instanceof ChargeResult.Unknown) {
				boolean moved = records.move(deposit.id(), DepositStatus.UNKNOWN, at, null);
				return new Outcome.Processing(moved ? deposit.moved("UNKNOWN", at, null) : stored(deposit));
			}
			Deposit completed;
			if (records.move(deposit.id(), DepositStatus.COMPLETED, at, null)) {
				completed = deposit.moved("COMPLETED", at, null);
				receipt(completed, recipient != null ? recipient : recipientOf(completed));
				events.publishEvent(new DepositCompleted(completed.id(), completed.accountId(), completed.inmateId(),
						completed.agency(), completed.amount(), completed.fee(), completed.commission(), at,
						completed.channel()));
			}
			else {
				completed = stored(deposit);
			}
			// last, so that the inmate's balance row is locked only for the end of the
			// transaction
			ledger.post(new PostEntry(entryKey(deposit),
					deposit.kind().equals("INMATE") ? "deposit" : "supervision-payment",
					deposit.amount() + " + fee " + deposit.fee(), lines(deposit)));
			return new Outcome.Completed(completed);
		});
	}

	/** The deposit as stored now (another request or the reconciler moved it first). */
	private Deposit stored(Deposit deposit) {
		return records.byId(deposit.id()).orElseThrow();
	}

	/**
	 * Card clearing pays amount and fee; the amount to the inmate or the agency, the fee
	 * split with the agency.
	 */
	static List<Line> lines(Deposit deposit) {
		return lines(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD),
				deposit.inmateId() != null ? inmateBalance(deposit.inmateId())
						: new AccountKey(AccountKind.SUPERVISION_PAYABLE, Unit.USD, deposit.agency().value()),
				deposit.agency(), deposit.amount(), deposit.fee(), deposit.commission());
	}

	/**
	 * Money that came in through {@code from} (a card network, a retail network): the
	 * amount to {@code to}, the fee to Homeward less the agency's commission.
	 */
	static List<Line> lines(AccountKey from, AccountKey to, TenantId agency, Money amount, Money fee,
			Money commission) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(from, -amount.plus(fee).minorUnits()));
		lines.add(new Line(to, amount.minorUnits()));
		long house = fee.minorUnits() - commission.minorUnits();
		if (house != 0) {
			lines.add(new Line(AccountKey.house(AccountKind.FEE_REVENUE, Unit.USD), house));
		}
		if (commission.minorUnits() != 0) {
			lines.add(new Line(new AccountKey(AccountKind.COMMISSIONS_PAYABLE, Unit.USD, agency.value()),
					commission.minorUnits()));
		}
		return lines;
	}

	/** Sends a completed deposit's receipt again (support, for a family who lost it). */
	void resendReceipt(Deposit deposit) {
		receipt(deposit, recipientOf(deposit));
	}

	/** The receipt, in the language the sender chose for their account. */
	private void receipt(Deposit deposit, String recipient) {
		members.member(deposit.accountId()).filter(Members.Member::active).ifPresent(member -> {
			Map<String, Object> model = new HashMap<>();
			model.put("name", member.displayName());
			model.put("to", recipient);
			model.put("amount", deposit.amount().toDisplayString());
			model.put("fee", deposit.fee().toDisplayString());
			model.put("commission", deposit.commission().toDisplayString());
			model.put("total", deposit.total().toDisplayString());
			model.put("reference", deposit.id().toString());
			model.put("path", "/deposits/" + deposit.id());
			mailer.send(new Email(member.email(), "deposit-receipt", member.language(), model));
		});
	}

	/** Who received it, for receipts: the inmate's name and number, or the case. */
	String recipientOf(Deposit deposit) {
		if (deposit.inmateId() != null) {
			return recipientOfInmate(deposit.inmateId());
		}
		return supervision.byId(deposit.supervisionId())
			.map(c -> c.firstName() + " " + c.lastName() + " (case " + c.caseNumber() + ")")
			.orElse("");
	}

	/** The inmate's name, number and agency, for receipts and notices. */
	String recipientOfInmate(UUID inmateId) {
		return directory.inmate(inmateId).map(DepositCompletion::describe).orElse("");
	}

	static String describe(InmateView inmate) {
		return inmate.firstName() + " " + inmate.lastName() + " (" + inmate.inmateNumber() + ", "
				+ inmate.agency().name() + ")";
	}

}
