package org.homeward.stamps.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contracts.ContractStatus;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.WindDownScheduled;
import org.homeward.ledger.AccountKind;
import org.homeward.ledger.Ledger;
import org.homeward.ledger.Unit;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.homeward.stamps.RefundLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once an agency's services stop, every family's unspent stamps there go back to the
 * cards that bought them, at the price paid, newest purchases first, without a claim
 * form; a card that cannot take it leaves the amount owed, for an operator to pay by
 * other means. Each family is told what came back and how. Runs when the end is scheduled
 * (if it takes effect at once) and every hour after, so a refund cut off by a crash is
 * finished and stamps that come back later (a rejected message) are refunded too;
 * refunding twice is impossible, as only unspent stamps are.
 */
@Component
class WindDownRefunds {

	private static final Logger log = LoggerFactory.getLogger(WindDownRefunds.class);

	/** Who the audit log names for refunds Homeward makes by itself. */
	static final Caller SYSTEM = Caller.system("Homeward (contract wind-down)");

	private final Contracts contracts;

	private final Ledger ledger;

	private final StampRefunds refunds;

	private final Members members;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	WindDownRefunds(Contracts contracts, Ledger ledger, StampRefunds refunds, Members members, Mailer mailer,
			TransactionTemplate transactions) {
		this.contracts = contracts;
		this.ledger = ledger;
		this.refunds = refunds;
		this.members = members;
		this.mailer = mailer;
		this.transactions = transactions;
	}

	@ApplicationModuleListener(id = "stamps.refund-at-wind-down")
	void on(WindDownScheduled scheduled) {
		contracts.contractOf(scheduled.agency())
			.filter(c -> c.status() != ContractStatus.ACTIVE)
			.ifPresent(this::refundAll);
	}

	@Scheduled(fixedDelayString = "${homeward.stamps.wind-down-refunds-every:1h}",
			initialDelayString = "${homeward.stamps.wind-down-refunds-every:1h}")
	@SchedulerLock(name = "stamps.wind-down-refunds")
	void refundEveryEndedAgency() {
		contracts.notActive().forEach(this::refundAll);
	}

	/**
	 * Refunds every family holding stamps of the agency; returns how many families were
	 * refunded.
	 */
	int refundAll(ContractView contract) {
		TenantId agency = contract.agency();
		List<UUID> holders = ledger.ownersWithBalance(AccountKind.FAMILY_STAMPS, Unit.stamps(agency));
		for (UUID family : holders) {
			try {
				List<RefundLine> lines = refunds.refundUnspent(family, agency, "the agency's contract ended", SYSTEM);
				tell(family, lines);
			}
			catch (RuntimeException ex) {
				log.warn("Stamps of {} at {} not refunded yet: {}", family, agency, ex.getMessage());
			}
		}
		return holders.size();
	}

	private void tell(UUID family, List<RefundLine> lines) {
		if (lines.isEmpty()) {
			return;
		}
		long toCard = lines.stream().filter(RefundLine::toCard).mapToLong(l -> l.amount().minorUnits()).sum();
		long owed = lines.stream().filter(l -> !l.toCard()).mapToLong(l -> l.amount().minorUnits()).sum();
		int stamps = lines.stream().mapToInt(RefundLine::stamps).sum();
		members.member(family)
			.filter(Members.Member::active)
			.ifPresent(member -> transactions.executeWithoutResult(
					status -> mailer.send(new Email(member.email(), "stamps-refunded", member.language(),
							Map.of("name", member.displayName(), "stamps", stamps, "toCard",
									Money.ofMinor(toCard, "USD").toDisplayString(), "owed",
									Money.ofMinor(owed, "USD").toDisplayString(), "anyOwed", owed > 0)))));
	}

}
