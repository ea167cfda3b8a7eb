package org.homeward.deposits.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.deposits.internal.DepositRecords;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.deposits.internal.Deposits;
import org.homeward.shared.SupportConsole;
import org.homeward.shared.SupportConsole.Cell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The family's deposits on the support console, each leading to its page (resend the
 * receipt, refund), and the phone deposit an agent makes for them.
 */
@Component
class DepositsSupportSection implements SupportConsole.Contribution {

	private final DepositRecords records;

	private final Deposits deposits;

	private final MessageSource messages;

	DepositsSupportSection(DepositRecords records, Deposits deposits, MessageSource messages) {
		this.records = records;
		this.deposits = deposits;
		this.messages = messages;
	}

	@Override
	public List<SupportConsole.Section> sections(UUID familyAccount, Locale locale) {
		List<SupportConsole.Row> rows = records.of(familyAccount, 30).stream().map(d -> row(d, locale)).toList();
		return List.of(new SupportConsole.Section(30, "support.deposits",
				List.of("stamps.when", "deposits.to", "deposit.amount", "deposit.fee", "support.channel",
						"staffInmates.status"),
				rows, List.of(new SupportConsole.Action("support.phoneDeposit",
						"/support/families/" + familyAccount + "/phone-deposit"))));
	}

	private SupportConsole.Row row(Deposit d, Locale locale) {
		String channel = messages.getMessage("support.channel." + d.channel().name(), null, locale);
		String status = messages.getMessage("deposits.status." + d.status(), null, d.status(), locale);
		return new SupportConsole.Row(List.of(Cell.at(d.createdAt()), Cell.text(deposits.recipientOf(d)),
				Cell.money(d.amount()), Cell.money(d.fee()), Cell.text(channel), Cell.text(status)),
				"/support/deposits/" + d.id());
	}

}
