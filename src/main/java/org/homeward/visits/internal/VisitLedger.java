package org.homeward.visits.internal;

import java.util.List;
import java.util.UUID;

import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/** Video visits in the ledger: paid in advance, owed back until the visit takes place. */
final class VisitLedger {

	private VisitLedger() {
	}

	static AccountKey deferred(TenantId agency) {
		return new AccountKey(AccountKind.DEFERRED_VISIT_REVENUE, Unit.USD, agency.value());
	}

	/** The card's money, held for the visit. */
	static PostEntry paid(UUID visit, TenantId agency, Money price) {
		return new PostEntry("visit-paid:" + visit, "visit-paid", "video visit paid",
				List.of(new Line(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD), -price.minorUnits()),
						new Line(deferred(agency), price.minorUnits())));
	}

	/**
	 * The visit's money back to the card, or owed to the family where the card could not
	 * take it.
	 */
	static PostEntry refunded(UUID visit, TenantId agency, UUID account, Money amount, boolean toCard, String reason) {
		return new PostEntry("visit-refund:" + visit, "visit-refund", "video visit refunded: " + reason,
				List.of(new Line(deferred(agency), -amount.minorUnits()),
						new Line(
								toCard ? AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD)
										: new AccountKey(AccountKind.REFUNDS_OWED, Unit.USD, account),
								amount.minorUnits())));
	}

	/** The visit took place (or was ended by staff): its money is earned. */
	static PostEntry earned(UUID visit, TenantId agency, Money price) {
		return new PostEntry("visit-earned:" + visit, "visit-earned", "video visit took place",
				List.of(new Line(deferred(agency), -price.minorUnits()),
						new Line(AccountKey.house(AccountKind.FEE_REVENUE, Unit.USD), price.minorUnits())));
	}

}
