package org.homeward.messaging.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.MessagePricing;
import org.homeward.contracts.Service;
import org.homeward.deposits.InmateBalances;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Terminal time, where the inmate pays for messaging (TRULINCS-style): minutes bought in
 * the contract's blocks from the inmate's balance at its price a minute, kept in the
 * ledger as minutes of the agency (good only there), at most once per idempotency key.
 */
@Component
public class TerminalMinutes {

	/** What a purchase came to. */
	public record Bought(int minutes, Money charged, long minutesLeft, Money balance) {
	}

	private final Ledger ledger;

	private final InmateBalances balances;

	private final Directory directory;

	private final Contracts contracts;

	TerminalMinutes(Ledger ledger, InmateBalances balances, Directory directory, Contracts contracts) {
		this.ledger = ledger;
		this.balances = balances;
		this.directory = directory;
		this.contracts = contracts;
	}

	/**
	 * The minutes the inmate has left, or {@literal null} where the inmate does not pay
	 * by the minute.
	 */
	public @Nullable Long left(UUID inmate) {
		InmateView who = inmate(inmate);
		ContractView contract = contracts.contractOf(who.agency().id()).orElse(null);
		if (contract == null || contract.priceBook().messagePricing() != MessagePricing.INMATE_TIME) {
			return null;
		}
		return ledger.balance(minutes(who, inmate));
	}

	/**
	 * Buys a block of minutes from the balance.
	 * @throws InvalidInputException naming {@code minutes} when it is not one of the
	 * contract's blocks
	 * @throws BusinessRuleException when minutes are not sold there, or the balance does
	 * not cover them (nothing is spent)
	 */
	@Transactional
	public Bought buy(UUID inmate, int minutes, String key) {
		InmateView who = inmate(inmate);
		ContractView contract = contracts.contractOf(who.agency().id())
			.filter(c -> c.offers(Service.MESSAGING, who.facility().id()))
			.filter(c -> c.priceBook().messagePricing() == MessagePricing.INMATE_TIME)
			.orElseThrow(() -> new BusinessRuleException("minutes-not-sold",
					"Terminal minutes are not sold at " + who.agency().name() + ": messages there cost no minutes.",
					List.of(who.agency().name()), Map.of()));
		List<Integer> blocks = contract.priceBook().minuteBlocks();
		if (!blocks.contains(minutes)) {
			throw new InvalidInputException("minutes", "must be one of the blocks on sale: " + blocks);
		}
		Money price = contract.priceBook().perMinute().times(minutes);
		Unit unit = Unit.minutes(who.agency().id());
		balances.spend(inmate, price, "inmate-minutes:" + inmate + ":" + key, "terminal-minutes",
				minutes + " minutes of terminal time",
				List.of(new Line(new AccountKey(AccountKind.TERMINAL_REVENUE, Unit.USD, who.agency().id().value()),
						price.minorUnits()),
						new Line(new AccountKey(AccountKind.MINUTES_ISSUED, unit, who.agency().id().value()), -minutes),
						new Line(minutes(who, inmate), minutes)),
				balance -> new BusinessRuleException("insufficient-balance", "minutes",
						minutes + " minutes cost " + price.toDecimalString() + " and your balance is "
								+ balance.toDecimalString() + ". Nothing was spent.",
						List.of(String.valueOf(minutes), price.toDecimalString(), balance.toDecimalString()),
						Map.of()));
		return new Bought(minutes, price, ledger.balance(minutes(who, inmate)), balances.balance(inmate));
	}

	/** The inmate's minutes in the ledger (of their agency). */
	static AccountKey minutes(InmateView who, UUID inmate) {
		return new AccountKey(AccountKind.INMATE_MINUTES, Unit.minutes(who.agency().id()), inmate);
	}

	private InmateView inmate(UUID inmate) {
		return directory.inmate(inmate).orElseThrow(() -> new NotFoundException("inmate"));
	}

}
