package org.homeward.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in the minor units of its currency (cents for USD). Never a
 * floating-point number.
 *
 * @param minorUnits the amount in minor units, may be negative
 * @param currency the currency, never {@literal null}
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money>, Serializable {

	public static final Currency USD = Currency.getInstance("USD");

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	/**
	 * How a client writes an amount of dollars: a decimal string of at most seven digits
	 * and two decimals, such as {@code 25.00} or {@code 25} (the API, the pages' forms
	 * and their validation all use this one rule).
	 */
	public static final String AMOUNT_FORMAT = "\\d{1,7}(\\.\\d{1,2})?";

	/**
	 * Parses a decimal string such as {@code "25.00"}.
	 * @throws IllegalArgumentException when the text is not a number or has more decimals
	 * than the currency
	 */
	public static Money of(String decimal, Currency currency) {
		try {
			BigDecimal value = new BigDecimal(decimal.trim()).setScale(currency.getDefaultFractionDigits(),
					RoundingMode.UNNECESSARY);
			return new Money(value.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new IllegalArgumentException("not an amount of " + currency + ": " + decimal, ex);
		}
	}

	public static Money ofMinor(long minorUnits, String currencyCode) {
		return new Money(minorUnits, Currency.getInstance(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(minorUnits, sameCurrency(other).minorUnits), currency);
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(minorUnits, sameCurrency(other).minorUnits), currency);
	}

	/** This amount {@code count} times. */
	public Money times(int count) {
		return new Money(Math.multiplyExact(minorUnits, count), currency);
	}

	public Money negate() {
		return new Money(Math.negateExact(minorUnits), currency);
	}

	public boolean isZero() {
		return minorUnits == 0;
	}

	public boolean isNegative() {
		return minorUnits < 0;
	}

	/**
	 * The amount as a plain decimal string with the currency's digits, e.g.
	 * {@code "25.00"}.
	 */
	public String toDecimalString() {
		return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()).toPlainString();
	}

	/**
	 * The amount as people read it, one way everywhere: {@code $4.95} or {@code -$4.50}
	 * for dollars; other currencies as {@code "4.95 EUR"}.
	 */
	public String toDisplayString() {
		String digits = BigDecimal.valueOf(Math.abs(minorUnits), currency.getDefaultFractionDigits()).toPlainString();
		String sign = minorUnits < 0 ? "-" : "";
		return "USD".equals(currency.getCurrencyCode()) ? sign + "$" + digits
				: sign + digits + " " + currency.getCurrencyCode();
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(minorUnits, sameCurrency(other).minorUnits);
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
		}
		return other;
	}

	@Override
	public String toString() {
		return toDecimalString() + " " + currency.getCurrencyCode();
	}

}
