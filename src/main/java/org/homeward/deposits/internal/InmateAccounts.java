package org.homeward.deposits.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.homeward.accounts.Members;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.deposits.InmateBalances;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.PostingResult;
import org.homeward.ledger.StatementLine;
import org.homeward.ledger.Unit;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.stamps.Stamps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inmate's money: the balance deposits fill, its statement, and spending it on stamps
 * of their own agency at the price book's inmate price. The balance may be below zero
 * after a chargeback; spending never takes it below zero.
 */
@Component
public class InmateAccounts implements InmateBalances {

	/** The most stamps bought in one go. */
	static final int MAX_STAMPS = 100;

	private final Ledger ledger;

	private final DailyTotals totals;

	private final Directory directory;

	private final Contracts contracts;

	private final Stamps stamps;

	private final DepositRecords records;

	private final Members members;

	InmateAccounts(Ledger ledger, DailyTotals totals, Directory directory, Contracts contracts, Stamps stamps,
			DepositRecords records, Members members) {
		this.ledger = ledger;
		this.totals = totals;
		this.directory = directory;
		this.contracts = contracts;
		this.stamps = stamps;
		this.records = records;
		this.members = members;
	}

	@Override
	public Money balance(UUID inmate) {
		return Money.ofMinor(ledger.balance(DepositCompletion.inmateBalance(inmate)), "USD");
	}

	/**
	 * The inmate's newest movements, as the inmate reads them: a deposit names who sent
	 * it (never the sender's fee, which is the sender's business); other movements keep
	 * the ledger's words.
	 */
	public List<StatementLine> statement(UUID inmate) {
		return ledger.statement(DepositCompletion.inmateBalance(inmate), 100).stream().map(this::forInmate).toList();
	}

	private StatementLine forInmate(StatementLine line) {
		boolean reversal = line.key().startsWith("deposit-reversal:");
		if (!reversal && !line.key().startsWith("deposit:")) {
			return line;
		}
		String sender = records.byId(UUID.fromString(line.key().substring(line.key().indexOf(':') + 1)))
			.flatMap(deposit -> members.member(deposit.accountId()))
			.map(Members.Member::displayName)
			.orElse(null);
		String description = sender == null ? (reversal ? "Deposit taken back" : "Deposit")
				: (reversal ? "Deposit from " + sender + " taken back" : "From " + sender);
		return new StatementLine(line.entryId(), line.at(), line.kind(), description, line.amountMinor(), line.key());
	}

	@Override
	@Transactional
	public void spend(UUID inmate, Money amount, String key, String kind, String description, List<Line> credits,
			Function<Money, BusinessRuleException> whenShort) {
		totals.lockLimits(inmate);
		long balance = ledger.balance(DepositCompletion.inmateBalance(inmate));
		if (balance < amount.minorUnits()) {
			throw whenShort.apply(Money.ofMinor(balance, amount.currency().getCurrencyCode()));
		}
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(DepositCompletion.inmateBalance(inmate), -amount.minorUnits()));
		lines.addAll(credits);
		ledger.post(new PostEntry(key, kind, description, lines));
	}

	@Override
	@Transactional
	public void refund(UUID inmate, Money amount, String key, String kind, String description, List<Line> debits) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(DepositCompletion.inmateBalance(inmate), amount.minorUnits()));
		lines.addAll(debits);
		ledger.post(new PostEntry(key, kind, description, lines));
	}

	/** What {@code count} stamps cost the inmate. */
	public Money stampPrice(UUID inmate, int count) {
		return contract(inmateView(inmate)).priceBook().inmateStampPrice().times(count);
	}

	/**
	 * The inmate buys stamps from their balance, at most once per key.
	 * @throws BusinessRuleException when the balance does not cover them (nothing is
	 * spent) or the agency does not offer messaging
	 */
	@Transactional
	public long buyStamps(UUID inmate, int count, String key) {
		if (count < 1 || count > MAX_STAMPS) {
			throw new InvalidInputException("stamps", "must be 1 to " + MAX_STAMPS);
		}
		InmateView who = inmateView(inmate);
		ContractView contract = contract(who);
		Money price = contract.priceBook().inmateStampPrice().times(count);
		totals.lockLimits(inmate);
		long balance = ledger.balance(DepositCompletion.inmateBalance(inmate));
		if (balance < price.minorUnits()) {
			String left = Money.ofMinor(balance, "USD").toDecimalString();
			throw new BusinessRuleException("insufficient-balance",
					count + " stamps cost " + price.toDecimalString() + " and your balance is " + left
							+ ". Nothing was spent.",
					List.of(String.valueOf(count), price.toDecimalString(), left), Map.of());
		}
		Unit agencyStamps = Unit.stamps(who.agency().id());
		PostingResult result = ledger.post(new PostEntry("inmate-stamp-purchase:" + inmate + ":" + key,
				"inmate-stamp-purchase", count + " stamps bought from the balance",
				List.of(new Line(DepositCompletion.inmateBalance(inmate), -price.minorUnits()),
						new Line(new AccountKey(AccountKind.STAMP_REVENUE, Unit.USD, who.agency().id().value()),
								price.minorUnits()),
						new Line(new AccountKey(AccountKind.STAMPS_ISSUED, agencyStamps, who.agency().id().value()),
								-count),
						new Line(new AccountKey(AccountKind.INMATE_STAMPS, agencyStamps, inmate), count))));
		if (!(result instanceof PostingResult.Posted)) {
			throw new IllegalStateException("the balance was checked under its lock");
		}
		return stamps.inmateBalance(inmate, who.agency().id());
	}

	private InmateView inmateView(UUID inmate) {
		return directory.inmate(inmate).orElseThrow(() -> new NotFoundException("inmate"));
	}

	private ContractView contract(InmateView inmate) {
		return contracts.contractOf(inmate.agency().id())
			.filter(c -> c.offers(Service.MESSAGING, inmate.facility().id()))
			.orElseThrow(() -> new BusinessRuleException("service-not-available", "inmate-stamps",
					"Stamps are not sold at " + inmate.facility().name() + " now.", List.of(inmate.facility().name()),
					Map.of()));
	}

}
