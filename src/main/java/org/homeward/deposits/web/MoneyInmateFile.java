package org.homeward.deposits.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.deposits.internal.InmateAccounts;
import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.Money;
import org.homeward.shared.Role;
import org.homeward.shared.SupportConsole.Cell;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inmate's money on their staff page, for facility staff: the balance and its newest
 * movements (deposits in, spending out), as the inmate sees them at the kiosk.
 */
@Component
class MoneyInmateFile implements InmateFile.Contribution {

	private final InmateAccounts accounts;

	private final MessageSource messages;

	MoneyInmateFile(InmateAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		if (!staff.hasAnyRole(Role.FACILITY_STAFF)) {
			return List.of();
		}
		return List.of(new InmateFile.Section(50, "inmateFile.money",
				messages.getMessage(
						"inmateFile.balance", new Object[] { accounts.balance(inmate).toDisplayString() }, locale),
				List.of("inmateFile.when", "inmateFile.what", "inmateFile.amount"),
				accounts.statement(inmate)
					.stream()
					.limit(20)
					.map(line -> new InmateFile.Row(List.of(Cell.at(line.at()), Cell.text(line.description()),
							Cell.money(Money.ofMinor(line.amountMinor(), "USD"))), null, List.of()))
					.toList(),
				List.of()));
	}

}
