package org.homeward.contracts;

import org.homeward.shared.Money;

/** A deposit of at most {@code upTo} through {@code channel} costs {@code fee}. */
public record FeeTier(FeeChannel channel, Money upTo, Money fee) {
}
