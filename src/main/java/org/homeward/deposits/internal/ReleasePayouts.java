package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
import org.homeward.directory.InmateView;
import org.homeward.ledger.AccountKey;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.PostEntry;
import org.homeward.ledger.PostEntry.Line;
import org.homeward.ledger.Unit;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.payments.Payments;
import org.homeward.shared.Ids;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * What is left on a released person's account goes out without a fee: where the agency
 * allows it, back to the family cards it came from (the newest deposits first, each up to
 * its amount, the family told by e-mail); the rest — or all of it, elsewhere — to the
 * agency's trust office, which pays it out from its daily file. Never a fee-charging
 * prepaid card. Each payout is one balanced ledger entry and a line of the inmate's
 * statement; a person is paid out once, whoever runs it.
 */
@Component
public class ReleasePayouts {

	private static final Logger log = LoggerFactory.getLogger(ReleasePayouts.class);

	/** One payout of a released person's balance. */
	public record Payout(UUID id, UUID inmateId, TenantId agency, String method, @Nullable UUID depositId,
			@Nullable UUID accountId, Money amount, Instant createdAt) {
	}

	private final Ledger ledger;

	private final DailyTotals totals;

	private final DepositRecords deposits;

	private final Directory directory;

	private final Contracts contracts;

	private final Payments payments;

	private final Members members;

	private final Mailer mailer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReleasePayouts(Ledger ledger, DailyTotals totals, DepositRecords deposits, Directory directory, Contracts contracts,
			Payments payments, Members members, Mailer mailer, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.ledger = ledger;
		this.totals = totals;
		this.deposits = deposits;
		this.directory = directory;
		this.contracts = contracts;
		this.payments = payments;
		this.members = members;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${homeward.deposits.release-payouts-every:10m}",
			initialDelayString = "${homeward.deposits.release-payouts-every:10m}")
	@SchedulerLock(name = "deposits.release-payouts")
	void run() {
		payOutReleased();
	}

	/**
	 * Pays out every released person who still has money.
	 * @return how many people were paid out
	 */
	public int payOutReleased() {
		List<UUID> holders = ledger.ownersWithBalance(AccountKind.INMATE_BALANCE, Unit.USD);
		int paid = 0;
		for (int from = 0; from < holders.size(); from += 500) {
			for (InmateView inmate : directory.inmates(holders.subList(from, Math.min(holders.size(), from + 500)))) {
				if (inmate.status() != InmateStatus.RELEASED) {
					continue;
				}
				try {
					if (!payOut(inmate).isEmpty()) {
						paid++;
					}
				}
				catch (RuntimeException ex) {
					log.warn("The release payout of inmate {} waits for the next run: {}", inmate.id(),
							ex.getMessage());
				}
			}
		}
		return paid;
	}

	/** Pays out what a released person has left; nothing when nothing is left. */
	List<Payout> payOut(InmateView inmate) {
		return transactions.execute(status -> {
			totals.lockLimits(inmate.id());
			AccountKey balance = DepositCompletion.inmateBalance(inmate.id());
			long left = ledger.balance(balance);
			if (left <= 0) {
				return List.<Payout>of();
			}
			ContractView contract = contracts.contractOf(inmate.agency().id()).orElse(null);
			Instant now = DepositCompletion.now(clock);
			List<Payout> payouts = new ArrayList<>();
			if (contract != null && contract.releaseRefundsToCards()) {
				for (Deposit deposit : deposits.completedTo(inmate.id())) {
					if (left <= 0) {
						break;
					}
					long back = Math.min(left, deposit.amount().minorUnits()) - refundedAtRelease(deposit.id());
					if (back <= 0) {
						continue;
					}
					Money amount = Money.ofMinor(back, "USD");
					if (!payments.refund(deposit.id(), amount, "release:" + deposit.id())) {
						continue;
					}
					Payout payout = new Payout(Ids.next(), inmate.id(), inmate.agency().id(), "CARD_REFUND",
							deposit.id(), deposit.accountId(), amount, now);
					post(payout, List.of(new Line(balance, -back),
							new Line(AccountKey.house(AccountKind.CARD_CLEARING, Unit.USD), back)));
					payouts.add(payout);
					left -= back;
					tell(deposit, inmate, amount);
				}
			}
			if (left > 0) {
				Payout payout = new Payout(Ids.next(), inmate.id(), inmate.agency().id(), "TRUST_OFFICE", null, null,
						Money.ofMinor(left, "USD"), now);
				post(payout,
						List.of(new Line(balance, -left), new Line(
								new AccountKey(AccountKind.RELEASE_PAYABLE, Unit.USD, inmate.agency().id().value()),
								left)));
				payouts.add(payout);
			}
			return payouts;
		});
	}

	private long refundedAtRelease(UUID deposit) {
		return jdbc.sql("select coalesce(sum(amount_minor), 0) from deposits.release_payout where deposit_id = :d")
			.param("d", deposit)
			.query(Long.class)
			.single();
	}

	private void post(Payout payout, List<Line> lines) {
		jdbc.sql(
				"""
						insert into deposits.release_payout (id, inmate_id, agency_id, method, deposit_id, account_id, amount_minor,
						                                     currency, created_at)
						values (:id, :inmate, :agency, :method, :deposit, :account, :amount, 'USD', :at)""")
			.param("id", payout.id())
			.param("inmate", payout.inmateId())
			.param("agency", payout.agency().value())
			.param("method", payout.method())
			.param("deposit", payout.depositId())
			.param("account", payout.accountId())
			.param("amount", payout.amount().minorUnits())
			.param("at", payout.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		ledger.post(new PostEntry("release-payout:" + payout.id(), "release-payout",
				payout.method().equals("CARD_REFUND") ? "Paid back at release to the card it came from"
						: "Paid out at release by the facility's trust office",
				lines));
	}

	private void tell(Deposit deposit, InmateView inmate, Money amount) {
		members.member(deposit.accountId()).filter(Members.Member::active).ifPresent(member -> {
			Map<String, Object> model = new HashMap<>();
			model.put("name", member.displayName());
			model.put("inmate", inmate.firstName() + " " + inmate.lastName());
			model.put("amount", amount.toDisplayString());
			model.put("reference", deposit.id().toString());
			mailer.send(new Email(member.email(), "release-refund", member.language(), model));
		});
	}

}
