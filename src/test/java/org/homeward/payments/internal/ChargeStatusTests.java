package org.homeward.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A card charge is answered once; only a captured one is refunded, in part as often as
 * its amount allows.
 */
class ChargeStatusTests {

	@Test
	void theTable() {
		assertThat(ChargeStatus.LIFECYCLE.sourceNamesOf(ChargeStatus.CAPTURED)).containsExactlyInAnyOrder("PENDING",
				"UNKNOWN");
		assertThat(ChargeStatus.LIFECYCLE.sourceNamesOf(ChargeStatus.DECLINED)).containsExactlyInAnyOrder("PENDING",
				"UNKNOWN");
		assertThat(ChargeStatus.LIFECYCLE.sourceNamesOf(ChargeStatus.UNKNOWN)).containsExactly("PENDING");
		assertThat(ChargeStatus.LIFECYCLE.sourceNamesOf(ChargeStatus.REFUNDED)).containsExactlyInAnyOrder("CAPTURED",
				"REFUNDED");
		assertThat(ChargeStatus.LIFECYCLE.isFinal(ChargeStatus.DECLINED)).isTrue();
	}

}
