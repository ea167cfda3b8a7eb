package org.homeward.contracts;

import org.homeward.shared.Money;

/** The most one sender may send one inmate: per deposit, per day and per 30 days. */
public record DepositLimits(Money perDeposit, Money perDay, Money per30Days) {
}
