package org.homeward.deposits.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.homeward.contracts.DepositLimits;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The contract's limits on money to inmates: most per day and per 30 days (UTC days), for
 * each sender and for each inmate. A deposit is checked and recorded while the sender's
 * and the inmate's limit rows are locked, and counted in their daily totals until it is
 * declined; so many families sending to one inmate at once stop exactly at the limit.
 */
@Component
class DepositLimitCheck {

	private final DepositRecords records;

	private final DailyTotals totals;

	private final Clock clock;

	DepositLimitCheck(DepositRecords records, DailyTotals totals, Clock clock) {
		this.records = records;
		this.totals = totals;
		this.clock = clock;
	}

	/**
	 * Checks the limits and records the deposit as PENDING, within the caller's
	 * transaction.
	 * @return false when the sender had used the deposit's key already (nothing recorded)
	 * @throws BusinessRuleException naming the limit the deposit would go over
	 */
	boolean reserve(DepositLimits limits, InmateView inmate, Deposit deposit) {
		// recorded first and counted next: the day's total rows of sender and inmate are
		// the locks every deposit to
		// them waits for, held from here to the end of the transaction; a refusal rolls
		// everything back
		if (!records.insert(deposit)) {
			return false;
		}
		count(limits, inmate, deposit.accountId(), deposit.amount());
		return true;
	}

	/**
	 * Counts money to the inmate (from {@code sender}, when known) against the limits of
	 * today and the last 30 days, within the caller's transaction, with the inmate's (and
	 * sender's) limit rows locked from here to its end.
	 * @throws BusinessRuleException naming the limit the amount would go over (the
	 * caller's transaction must then roll back)
	 */
	void count(DepositLimits limits, InmateView inmate, @Nullable UUID sender, Money amount) {
		LocalDate today = today();
		List<UUID> owners = sender == null ? List.of(inmate.id()) : List.of(sender, inmate.id());
		boolean[] counted = totals.countWithinLimits(owners, today, today.minusDays(29), amount.minorUnits(),
				limits.perDay().minorUnits(), limits.per30Days().minorUnits());
		boolean all = true;
		for (boolean one : counted) {
			all &= one;
		}
		if (all) {
			return;
		}
		// the first deposit of an owner's day (no row yet), or a limit passed: count the
		// rest the plain way, then
		// read the totals to name the limit (a refusal rolls the whole transaction back)
		List<UUID> rest = IntStream.range(0, owners.size()).filter(i -> !counted[i]).mapToObj(owners::get).toList();
		totals.count(rest, today, amount.minorUnits());
		checkLimits(limits, sender, inmate, amount);
	}

	/** A declined deposit no longer counts against the limits of the day it was made. */
	void release(Deposit deposit) {
		if (deposit.inmateId() == null) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(deposit.createdAt(), ZoneOffset.UTC);
		totals.count(List.of(deposit.accountId(), deposit.inmateId()), day, -deposit.amount().minorUnits());
	}

	private void checkLimits(DepositLimits limits, @Nullable UUID account, InmateView inmate, Money amount) {
		LocalDate today = today();
		LocalDate month = today.minusDays(29);
		String currency = amount.currency().getCurrencyCode();
		// the totals hold this deposit already
		Map<UUID, DailyTotals.Totals> byOwner = totals
			.totals(account == null ? List.of(inmate.id()) : List.of(account, inmate.id()), today, month);
		DailyTotals.Totals sent = account == null ? new DailyTotals.Totals(0, 0) : byOwner.get(account);
		DailyTotals.Totals received = byOwner.get(inmate.id());
		if (sent.today() > limits.perDay().minorUnits()) {
			throw limit("deposit-daily-limit-sender",
					"You can send at most " + limits.perDay().toDecimalString() + " " + currency
							+ " a day (UTC); this deposit would go over it.",
					limits.perDay().toDecimalString(), currency);
		}
		if (received.today() > limits.perDay().minorUnits()) {
			throw limit("deposit-daily-limit-inmate",
					inmate.firstName() + " " + inmate.lastName() + " can receive at most "
							+ limits.perDay().toDecimalString() + " " + currency
							+ " a day; this deposit would go over it.",
					limits.perDay().toDecimalString(), currency, inmate.firstName() + " " + inmate.lastName());
		}
		if (sent.sinceFirstDay() > limits.per30Days().minorUnits()) {
			throw limit("deposit-30-day-limit-sender",
					"You can send at most " + limits.per30Days().toDecimalString() + " " + currency
							+ " in 30 days; this deposit would go over it.",
					limits.per30Days().toDecimalString(), currency);
		}
		if (received.sinceFirstDay() > limits.per30Days().minorUnits()) {
			throw limit("deposit-30-day-limit-inmate",
					inmate.firstName() + " " + inmate.lastName() + " can receive at most "
							+ limits.per30Days().toDecimalString() + " " + currency
							+ " in 30 days; this deposit would go over it.",
					limits.per30Days().toDecimalString(), currency, inmate.firstName() + " " + inmate.lastName());
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * @param arguments the limit, its currency and, for the inmate's limits, the inmate's
	 * name
	 */
	private static BusinessRuleException limit(String code, String message, String... arguments) {
		return new BusinessRuleException(code, message + " Nothing was charged.", List.of(arguments), Map.of());
	}

}
