package org.homeward.deposits.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.ClosureConsequences;
import org.homeward.accounts.FamilyAccountClosed;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A closed account's monthly deposits stop; deposits still waiting for the card network's
 * answer finish (or are declined) on their own. The member is told both before closing.
 */
@Component
class ClosureOfPlans implements ClosureConsequences {

	private final RecurringDeposits recurring;

	private final DepositRecords records;

	private final DepositCompletion completion;

	private final MessageSource messages;

	ClosureOfPlans(RecurringDeposits recurring, DepositRecords records, DepositCompletion completion,
			MessageSource messages) {
		this.recurring = recurring;
		this.records = records;
		this.completion = completion;
		this.messages = messages;
	}

	@Override
	public List<String> describe(UUID account, Locale locale) {
		List<String> sentences = new ArrayList<>();
		for (RecurringDeposits.Plan plan : recurring.of(account)) {
			sentences.add(messages.getMessage("closure.plan", new Object[] { plan.amount().toDisplayString(),
					completion.recipientOfInmate(plan.inmateId()), plan.dayOfMonth() }, locale));
		}
		for (DepositRecords.Deposit deposit : records.of(account, 50)) {
			if (deposit.status().equals("PENDING") || deposit.status().equals("UNKNOWN")) {
				sentences.add(messages.getMessage("closure.pending",
						new Object[] { deposit.total().toDisplayString(), completion.recipientOf(deposit) }, locale));
			}
		}
		return sentences;
	}

	@ApplicationModuleListener(id = "deposits.end-plans-of-closed-account")
	void on(FamilyAccountClosed closed) {
		for (RecurringDeposits.Plan plan : recurring.of(closed.accountId())) {
			recurring.change(closed.accountId(), plan.id(), "CANCELLED");
		}
	}

}
