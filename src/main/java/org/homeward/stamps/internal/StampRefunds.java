package org.homeward.stamps.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.payments.Payments;
import org.homeward.shared.Caller;
import org.homeward.shared.Ids;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.homeward.stamps.RefundLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a family's unspent stamps at an agency back to the cards that bought them, at the
 * price paid. Stamps are spent oldest first, so the unspent ones are those of the newest
 * purchases: refunds walk the purchases newest first. Each purchase's refunds add up to
 * exactly its price, however its stamps are refunded (cents are carried, never rounded
 * away). Every step is a ledger entry; a card that cannot take the refund leaves the
 * amount owed.
 */
@Service
public class StampRefunds {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Payments payments;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StampRefunds(JdbcClient jdbc, Ledger ledger, Payments payments, AuditLog audit, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.payments = payments;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Refunds every unspent stamp the family holds at the agency. */
	public List<RefundLine> refundUnspent(UUID account, TenantId agency, String reason, Caller by) {
		long unspent = ledger.balance(StampLedger.wallet(account, agency));
		List<RefundLine> lines = new ArrayList<>();
		for (Bought purchase : newestFirst(account, agency)) {
			if (unspent <= 0) {
				break;
			}
			int stamps = (int) Math.min(unspent, purchase.stamps() - purchase.spent() - purchase.refunded());
			if (stamps > 0) {
				lines.add(refund(purchase, stamps, reason, by));
				unspent -= stamps;
			}
		}
		return lines;
	}

	/** One refund of the report, to the cent. */
	public record ReportLine(UUID refundId, UUID purchaseId, UUID accountId, int stamps, Money amount, String status,
			String reason, Instant at) {
	}

	/** Every refund of unspent stamps made at the agency, oldest first. */
	public List<ReportLine> report(TenantId agency) {
		return jdbc.sql("select * from stamps.refund where agency_id = :agency order by created_at, id")
			.param("agency", agency.value())
			.query((rs, n) -> new ReportLine(rs.getObject("id", UUID.class), rs.getObject("purchase_id", UUID.class),
					rs.getObject("account_id", UUID.class), rs.getInt("stamps"),
					Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")), rs.getString("status"),
					rs.getString("reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private RefundLine refund(Bought purchase, int stamps, String reason, Caller by) {
		Money amount = share(purchase.price(), purchase.stamps(), purchase.spent() + purchase.refunded(), stamps);
		UUID id = Ids.next();
		boolean toCard = amount.minorUnits() == 0 || payments.refund(purchase.id(), amount, "stamp-refund:" + id);
		transactions.executeWithoutResult(status -> {
			List<Line> lines = new ArrayList<>(
					List.of(new Line(StampLedger.wallet(purchase.account(), purchase.agency()), -stamps),
							new Line(StampLedger.issued(purchase.agency()), stamps)));
			if (amount.minorUnits() > 0) {
				lines.add(new Line(
						new AccountKey(AccountKind.DEFERRED_STAMP_REVENUE, Unit.USD, purchase.agency().value()),
						-amount.minorUnits()));
				lines.add(new Line(
						toCard ? AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD)
								: new AccountKey(AccountKind.REFUNDS_OWED, Unit.USD, purchase.account()),
						amount.minorUnits()));
			}
			ledger.post(new PostEntry("stamp-refund:" + id, "stamp-refund",
					stamps + " unspent stamps refunded: " + reason, lines));
			jdbc.sql(
					"""
							insert into stamps.refund (id, purchase_id, account_id, agency_id, stamps, amount_minor, currency, status, reason, created_at)
							values (:id, :purchase, :account, :agency, :stamps, :amount, :currency, :status, :reason, :now)""")
				.param("id", id)
				.param("purchase", purchase.id())
				.param("account", purchase.account())
				.param("agency", purchase.agency().value())
				.param("stamps", stamps)
				.param("amount", amount.minorUnits())
				.param("currency", amount.currency().getCurrencyCode())
				.param("status", toCard ? "REFUNDED" : "OWED")
				.param("reason", reason)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			audit.record(new AuditEntry(by.accountId(), by.displayName(), purchase.agency(), "stamps.refunded",
					purchase.account().toString(), stamps + " stamps, " + amount + (toCard ? " to the card" : " owed"),
					null));
		});
		return new RefundLine(purchase.id(), stamps, amount, toCard);
	}

	/**
	 * The price of {@code stamps} more stamps of a bundle of {@code bundle} stamps bought
	 * for {@code price}, after {@code already} were refunded: the difference of the
	 * cumulative shares, so the shares of a whole bundle add up to its price to the cent.
	 */
	static Money share(Money price, int bundle, int already, int stamps) {
		return new Money(share(price.minorUnits(), bundle, already, stamps), price.currency());
	}

	static long share(long price, int bundle, int already, int stamps) {
		return price * (already + stamps) / bundle - price * already / bundle;
	}

	private List<Bought> newestFirst(UUID account, TenantId agency) {
		return jdbc.sql("""
				select p.id, p.stamps, p.spent, p.price_minor, p.currency,
				       coalesce((select sum(r.stamps) from stamps.refund r where r.purchase_id = p.id), 0) as refunded
				  from stamps.purchase p
				 where p.account_id = :account and p.agency_id = :agency and p.status = 'COMPLETED'
				 order by p.created_at desc, p.id desc""")
			.param("account", account)
			.param("agency", agency.value())
			.query((rs, n) -> new Bought(rs.getObject("id", UUID.class), account, agency, rs.getInt("stamps"),
					Money.ofMinor(rs.getLong("price_minor"), rs.getString("currency")), rs.getInt("spent"),
					rs.getInt("refunded")))
			.list();
	}

	private record Bought(UUID id, UUID account, TenantId agency, int stamps, Money price, int spent, int refunded) {
	}

}
