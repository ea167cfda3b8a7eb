package org.homeward.stamps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.shared.Money;
import org.junit.jupiter.api.Test;

class StampRefundsTests {

	@Test
	void aBundleRefundedStampByStampAddsUpToItsPriceToTheCent() {
		Money price = Money.of("7.50", Money.USD);
		long total = 0;
		for (int refunded = 0; refunded < 20; refunded++) {
			total += StampRefunds.share(price, 20, refunded, 1).minorUnits();
		}
		assertThat(total).isEqualTo(750);
	}

	@Test
	void partsOfABundleArePricedByWhatWasPaid() {
		assertThat(StampRefunds.share(Money.of("7.50", Money.USD), 20, 0, 18)).isEqualTo(Money.of("6.75", Money.USD));
		assertThat(StampRefunds.share(Money.of("7.50", Money.USD), 20, 18, 2)).isEqualTo(Money.of("0.75", Money.USD));
		assertThat(StampRefunds.share(Money.of("2.25", Money.USD), 5, 0, 5)).isEqualTo(Money.of("2.25", Money.USD));
	}

}
