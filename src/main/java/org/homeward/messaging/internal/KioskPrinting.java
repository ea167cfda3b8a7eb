package org.homeward.messaging.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.MessagePricing;
import org.homeward.deposits.InmateBalances;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printing a message at the kiosk: where the inmate pays by the minute, each page costs
 * the contract's price a printed page, from the balance, at most once per idempotency key
 * (the price shown on the button first); elsewhere printing costs nothing.
 */
@Component
public class KioskPrinting {

	/** What printing a message came to. */
	public record Printed(UUID messageId, int pages, Money charged, Money balance) {
	}

	private final Mailbox mailbox;

	private final InmateBalances balances;

	private final Directory directory;

	private final Contracts contracts;

	KioskPrinting(Mailbox mailbox, InmateBalances balances, Directory directory, Contracts contracts) {
		this.mailbox = mailbox;
		this.balances = balances;
		this.directory = directory;
		this.contracts = contracts;
	}

	/** The pages of the message and what printing them costs the inmate. */
	public Printed price(UUID inmate, UUID messageId) {
		MessageView message = mailbox.readAsInmate(inmate, messageId);
		InmateView who = directory.inmate(inmate).orElseThrow(() -> new NotFoundException("inmate"));
		ContractView contract = contracts.contractOf(who.agency().id())
			.orElseThrow(() -> new NotFoundException("contract"));
		int length = message.body().codePointCount(0, message.body().length());
		int pages = Math.max(1,
				(length + contract.messageRules().charsPerPage() - 1) / contract.messageRules().charsPerPage());
		Money perPage = contract.priceBook().messagePricing() == MessagePricing.INMATE_TIME
				&& contract.priceBook().perPrintedPage() != null ? contract.priceBook().perPrintedPage()
						: Money.zero(Money.USD);
		return new Printed(message.id(), pages, perPage.times(pages), balances.balance(inmate));
	}

	/**
	 * Charges the inmate for printing the message.
	 * @throws BusinessRuleException when the balance does not cover it (nothing is spent)
	 */
	@Transactional
	public Printed print(UUID inmate, UUID messageId, String key) {
		Printed priced = price(inmate, messageId);
		if (!priced.charged().isZero()) {
			InmateView who = directory.inmate(inmate).orElseThrow(() -> new NotFoundException("inmate"));
			balances.spend(inmate, priced.charged(), "kiosk-print:" + inmate + ":" + key, "printed-pages",
					priced.pages() + (priced.pages() == 1 ? " page" : " pages") + " printed at the kiosk",
					List.of(new Line(new AccountKey(AccountKind.TERMINAL_REVENUE, Unit.USD, who.agency().id().value()),
							priced.charged().minorUnits())),
					balance -> new BusinessRuleException("insufficient-balance", "print",
							"Printing costs " + priced.charged().toDecimalString() + " and your balance is "
									+ balance.toDecimalString() + ". Nothing was spent.",
							List.of(priced.charged().toDecimalString(), balance.toDecimalString()), Map.of()));
		}
		return new Printed(messageId, priced.pages(), priced.charged(), balances.balance(inmate));
	}

}
