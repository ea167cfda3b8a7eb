package org.homeward.stamps.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.SupportConsole;
import org.homeward.shared.SupportConsole.Cell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The family's stamp purchases on the support console. */
@Component
class StampsSupportSection implements SupportConsole.Contribution {

	private final PurchaseRecords purchases;

	private final Directory directory;

	private final MessageSource messages;

	StampsSupportSection(PurchaseRecords purchases, Directory directory, MessageSource messages) {
		this.purchases = purchases;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public List<SupportConsole.Section> sections(UUID familyAccount, Locale locale) {
		List<SupportConsole.Row> rows = purchases.of(familyAccount, 30).stream().map(p -> row(p, locale)).toList();
		return List.of(new SupportConsole.Section(40, "support.stampPurchases",
				List.of("stamps.when", "support.agency", "support.stamps", "support.charged", "staffInmates.status"),
				rows, List.of()));
	}

	private SupportConsole.Row row(PurchaseRecords.Purchase p, Locale locale) {
		String agency = directory.agency(p.agency()).map(AgencyView::name).orElse("");
		String status = messages.getMessage("stamps.status." + p.status(), null, p.status(), locale);
		return new SupportConsole.Row(List.of(Cell.at(p.createdAt()), Cell.text(agency),
				Cell.text(String.valueOf(p.stamps())), Cell.money(p.price()), Cell.text(status)), null);
	}

}
