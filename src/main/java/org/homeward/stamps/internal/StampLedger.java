package org.homeward.stamps.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.directory.Directory;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.PostingResult;
import org.homeward.ledger.Unit;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.homeward.stamps.StampBalance;
import org.homeward.stamps.Stamps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Stamps in the ledger: each agency's stamps are a unit of their own. */
@Service
class StampLedger implements Stamps {

	private final Ledger ledger;

	private final Directory directory;

	private final StampRevenue revenue;

	private final TransactionTemplate savepoint;

	StampLedger(Ledger ledger, Directory directory, StampRevenue revenue, PlatformTransactionManager transactions) {
		this.ledger = ledger;
		this.directory = directory;
		this.revenue = revenue;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	static AccountKey wallet(UUID account, TenantId agency) {
		return new AccountKey(AccountKind.FAMILY_STAMPS, Unit.stamps(agency), account);
	}

	static AccountKey inmateWallet(UUID inmate, TenantId agency) {
		return new AccountKey(AccountKind.INMATE_STAMPS, Unit.stamps(agency), inmate);
	}

	static AccountKey issued(TenantId agency) {
		return new AccountKey(AccountKind.STAMPS_ISSUED, Unit.stamps(agency), agency.value());
	}

	/**
	 * The entry of a paid purchase: the card's money into deferred revenue, new stamps
	 * into the wallet.
	 */
	static PostEntry purchase(UUID purchase, UUID account, TenantId agency, int stamps, Money price) {
		return new PostEntry("stamp-purchase:" + purchase, "stamp-purchase", stamps + " stamps bought",
				List.of(new Line(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD), -price.minorUnits()),
						new Line(new AccountKey(AccountKind.DEFERRED_STAMP_REVENUE, Unit.USD, agency.value()),
								price.minorUnits()),
						new Line(issued(agency), -stamps), new Line(wallet(account, agency), stamps)));
	}

	@Override
	public List<StampBalance> balances(UUID account) {
		List<StampBalance> balances = new ArrayList<>();
		for (Map.Entry<Unit, Long> wallet : ledger.balancesOf(AccountKind.FAMILY_STAMPS, account).entrySet()) {
			TenantId agency = TenantId.of(wallet.getKey().code().substring("STAMPS:".length()));
			directory.agency(agency)
				.ifPresent(view -> balances.add(new StampBalance(agency, view.code(), wallet.getValue())));
		}
		return balances;
	}

	@Override
	public List<UUID> holders(TenantId agency) {
		return ledger.ownersWithBalance(AccountKind.FAMILY_STAMPS, Unit.stamps(agency));
	}

	@Override
	public long balance(UUID account, TenantId agency) {
		return ledger.balance(wallet(account, agency));
	}

	@Override
	@Transactional
	public boolean spend(UUID account, TenantId agency, int stamps, String key, String reason) {
		String entryKey = "stamp-spend:" + key;
		if (!ledger.linesOf(List.of(entryKey)).isEmpty()) {
			return true;
		}
		// one entry for the stamps and what they earn, so its accounts are locked in one
		// order; the purchases it
		// takes them from are locked first, and given back (the savepoint) if the wallet
		// does not hold enough
		return Boolean.TRUE.equals(savepoint.execute(status -> {
			long earned = revenue.earn(account, agency, stamps, key);
			List<Line> lines = new ArrayList<>(
					List.of(new Line(wallet(account, agency), -stamps), new Line(issued(agency), stamps)));
			if (earned > 0) {
				lines.add(new Line(StampRevenue.deferred(agency), -earned));
				lines.add(new Line(StampRevenue.earned(agency), earned));
			}
			PostingResult result = ledger.post(new PostEntry(entryKey, "stamp-spend", reason, lines));
			if (!(result instanceof PostingResult.Posted posted)) {
				status.setRollbackOnly();
				return false;
			}
			if (posted.replayed()) {
				status.setRollbackOnly();
			}
			return true;
		}));
	}

	@Override
	@Transactional
	public void refund(UUID account, TenantId agency, int stamps, String spendKey, String refundKey, String reason) {
		String entryKey = "stamp-refund:" + refundKey;
		if (!ledger.linesOf(List.of(entryKey)).isEmpty()) {
			return;
		}
		long returned = revenue.giveBack(stamps, spendKey);
		List<Line> lines = new ArrayList<>(
				List.of(new Line(issued(agency), -stamps), new Line(wallet(account, agency), stamps)));
		if (returned > 0) {
			lines.add(new Line(StampRevenue.earned(agency), -returned));
			lines.add(new Line(StampRevenue.deferred(agency), returned));
		}
		ledger.post(new PostEntry(entryKey, "stamp-refund", reason, lines));
	}

	@Override
	public long inmateBalance(UUID inmate, TenantId agency) {
		return ledger.balance(inmateWallet(inmate, agency));
	}

	@Override
	@Transactional
	public boolean spendAsInmate(UUID inmate, TenantId agency, int stamps, String key, String reason) {
		return ledger.post(spending(inmateWallet(inmate, agency), agency, stamps, "inmate-stamp-spend", key,
				reason)) instanceof PostingResult.Posted;
	}

	@Override
	@Transactional
	public void refundToInmate(UUID inmate, TenantId agency, int stamps, String key, String reason) {
		ledger.post(new PostEntry("inmate-stamp-refund:" + key, "inmate-stamp-refund", reason,
				List.of(new Line(issued(agency), -stamps), new Line(inmateWallet(inmate, agency), stamps))));
	}

	/** Stamps out of a wallet, back to the agency that issued them. */
	private static PostEntry spending(AccountKey wallet, TenantId agency, int stamps, String kind, String key,
			String reason) {
		return new PostEntry(kind + ":" + key, kind, reason,
				List.of(new Line(wallet, -stamps), new Line(issued(agency), stamps)));
	}

}
