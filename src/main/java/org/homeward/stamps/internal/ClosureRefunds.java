package org.homeward.stamps.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.ClosureConsequences;
import org.homeward.accounts.FamilyAccountClosed;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.stamps.StampBalance;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A closed account's unspent stamps go back to the cards that paid for them, at the price
 * paid, as the member was told before closing.
 */
@Component
class ClosureRefunds implements ClosureConsequences {

	private static final Caller SYSTEM = Caller.system("Homeward (account closed)");

	private final StampLedger stamps;

	private final StampRefunds refunds;

	private final Directory directory;

	private final MessageSource messages;

	ClosureRefunds(StampLedger stamps, StampRefunds refunds, Directory directory, MessageSource messages) {
		this.stamps = stamps;
		this.refunds = refunds;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public List<String> describe(UUID account, Locale locale) {
		List<String> sentences = new ArrayList<>();
		for (StampBalance balance : stamps.balances(account)) {
			if (balance.balance() > 0) {
				String agency = directory.agency(balance.agency()).map(AgencyView::name).orElse(balance.agencyCode());
				sentences
					.add(messages.getMessage("closure.stamps", new Object[] { balance.balance(), agency }, locale));
			}
		}
		return sentences;
	}

	@ApplicationModuleListener(id = "stamps.refund-closed-account")
	void on(FamilyAccountClosed closed) {
		for (StampBalance balance : stamps.balances(closed.accountId())) {
			if (balance.balance() > 0) {
				refunds.refundUnspent(closed.accountId(), balance.agency(), "the account was closed", SYSTEM);
			}
		}
	}

}
