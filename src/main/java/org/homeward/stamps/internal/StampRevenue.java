package org.homeward.stamps.internal;

import java.util.List;
import java.util.UUID;

import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Unit;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Money paid for stamps is owed to the family (deferred revenue) until the stamps are
 * spent; then it is earned, at the price paid. Stamps are spent oldest purchase first. A
 * bundle's stamps are shares of its price counted cumulatively
 * ({@link StampRefunds#share}) over the stamps used so far (spent or refunded), so
 * whatever happens the shares of a bundle add up to its price to the cent. Each spend
 * remembers its purchases, so giving stamps back makes them unspent again and returns the
 * shares they were worth.
 */
@Component
class StampRevenue {

	private final JdbcClient jdbc;

	StampRevenue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static AccountKey deferred(TenantId agency) {
		return new AccountKey(AccountKind.DEFERRED_STAMP_REVENUE, Unit.USD, agency.value());
	}

	static AccountKey earned(TenantId agency) {
		return new AccountKey(AccountKind.STAMP_REVENUE, Unit.USD, agency.value());
	}

	/**
	 * Takes {@code stamps} being spent under {@code spendKey} from the family's oldest
	 * purchases with stamps left, and returns what they earn (stamps no purchase paid for
	 * earn nothing). The caller posts it, in the same entry as the stamps, and rolls this
	 * back if the entry is refused.
	 */
	long earn(UUID account, TenantId agency, int stamps, String spendKey) {
		List<UUID> open = jdbc.sql("""
				select id from stamps.purchase
				 where account_id = :account and agency_id = :agency and status = 'COMPLETED' and spent < stamps
				 order by created_at, id for update""")
			.param("account", account)
			.param("agency", agency.value())
			.query(UUID.class)
			.list();
		long earned = 0;
		int left = stamps;
		for (UUID purchase : open) {
			if (left == 0) {
				break;
			}
			Lot lot = lot(purchase);
			int take = Math.min(left, lot.stamps() - lot.spent() - lot.refunded());
			if (take <= 0) {
				continue;
			}
			long amount = StampRefunds.share(lot.price(), lot.stamps(), lot.spent() + lot.refunded(), take);
			jdbc.sql("update stamps.purchase set spent = spent + :take where id = :id")
				.param("take", take)
				.param("id", purchase)
				.update();
			jdbc.sql(
					"insert into stamps.spend_lot (spend_key, purchase_id, stamps, amount_minor) values (:key, :purchase, :stamps, :amount)")
				.param("key", spendKey)
				.param("purchase", purchase)
				.param("stamps", take)
				.param("amount", amount)
				.update();
			earned += amount;
			left -= take;
		}
		return earned;
	}

	/**
	 * Makes {@code stamps} of the spend {@code spendKey} unspent again, newest purchase
	 * first, and returns what they had earned; the caller posts it back to deferred
	 * revenue in the same entry as the stamps.
	 */
	long giveBack(int stamps, String spendKey) {
		List<SpendLot> lots = jdbc.sql("""
				select l.purchase_id, l.stamps, l.returned from stamps.spend_lot l
				  join stamps.purchase p on p.id = l.purchase_id
				 where l.spend_key = :key and l.returned < l.stamps order by p.created_at desc, p.id desc""")
			.param("key", spendKey)
			.query((rs, n) -> new SpendLot(rs.getObject("purchase_id", UUID.class), rs.getInt("stamps"),
					rs.getInt("returned")))
			.list();
		long returned = 0;
		int left = stamps;
		for (SpendLot lot : lots) {
			if (left == 0) {
				break;
			}
			jdbc.sql("select id from stamps.purchase where id = :id for update")
				.param("id", lot.purchase())
				.query(UUID.class)
				.single();
			Lot purchase = lot(lot.purchase());
			int back = Math.min(left, Math.min(lot.stamps() - lot.returned(), purchase.spent()));
			if (back <= 0) {
				continue;
			}
			// the purchase's last used shares: spending them again earns exactly this
			// again
			int used = purchase.spent() + purchase.refunded();
			long amount = StampRefunds.share(purchase.price(), purchase.stamps(), used - back, back);
			jdbc.sql("""
					update stamps.spend_lot set returned = returned + :back, returned_minor = returned_minor + :amount
					 where spend_key = :key and purchase_id = :purchase""")
				.param("back", back)
				.param("amount", amount)
				.param("key", spendKey)
				.param("purchase", lot.purchase())
				.update();
			jdbc.sql("update stamps.purchase set spent = spent - :back where id = :id")
				.param("back", back)
				.param("id", lot.purchase())
				.update();
			returned += amount;
			left -= back;
		}
		return returned;
	}

	private Lot lot(UUID purchase) {
		return jdbc.sql("""
				select p.stamps, p.spent, p.price_minor,
				       coalesce((select sum(r.stamps) from stamps.refund r where r.purchase_id = p.id), 0) as refunded
				  from stamps.purchase p where p.id = :id""")
			.param("id", purchase)
			.query((rs, n) -> new Lot(rs.getInt("stamps"), rs.getInt("spent"), rs.getInt("refunded"),
					rs.getLong("price_minor")))
			.single();
	}

	private record Lot(int stamps, int spent, int refunded, long price) {
	}

	private record SpendLot(UUID purchase, int stamps, int returned) {
	}

}
