package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTests {

	@Test
	void parsesDecimalStringsIntoMinorUnits() {
		assertThat(Money.of("25.00", Money.USD).minorUnits()).isEqualTo(2500);
		assertThat(Money.of("0.05", Money.USD).minorUnits()).isEqualTo(5);
		assertThat(Money.of("300", Money.USD).minorUnits()).isEqualTo(30000);
	}

	@Test
	void refusesMoreDecimalsThanTheCurrencyHas() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.005", Money.USD));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("ten", Money.USD));
	}

	@Test
	void addsAndSubtractsInOneCurrencyOnly() {
		Money fee = Money.of("4.95", Money.USD);
		assertThat(Money.of("20.00", Money.USD).plus(fee).toDecimalString()).isEqualTo("24.95");
		assertThat(fee.minus(Money.of("5.00", Money.USD)).isNegative()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> fee.plus(Money.of("1.00", Currency.getInstance("EUR"))));
	}

	@Test
	void comparesByAmountNotScale() {
		assertThat(Money.of("10.0", Money.USD)).isEqualTo(Money.of("10.00", Money.USD));
		assertThat(Money.of("10.01", Money.USD).compareTo(Money.of("10.00", Money.USD))).isPositive();
	}

}
