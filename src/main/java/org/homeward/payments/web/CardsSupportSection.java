package org.homeward.payments.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.payments.Payments;
import org.homeward.shared.SupportConsole;
import org.homeward.shared.SupportConsole.Cell;
import org.springframework.stereotype.Component;

/** The family's saved cards on the support console: brand, last four digits, expiry. */
@Component
class CardsSupportSection implements SupportConsole.Contribution {

	private final Payments payments;

	CardsSupportSection(Payments payments) {
		this.payments = payments;
	}

	@Override
	public List<SupportConsole.Section> sections(UUID familyAccount, Locale locale) {
		return List.of(new SupportConsole.Section(20, "support.cards",
				List.of("support.card", "support.cardholder", "support.expiry"),
				payments.methods(familyAccount)
					.stream()
					.map(m -> new SupportConsole.Row(List.of(Cell.text(m.brand().displayName() + " •••• " + m.last4()),
							Cell.text(m.cardholderName()),
							Cell.text("%02d/%d".formatted(m.expiryMonth(), m.expiryYear()))), null))
					.toList(),
				List.of()));
	}

}
