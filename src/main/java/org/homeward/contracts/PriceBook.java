package org.homeward.contracts;

import java.util.List;

import org.homeward.shared.Money;

/**
 * What everything costs at an agency.
 *
 * @param stampBundles the bundles on sale, smallest first
 * @param inmateStampPrice what an inmate pays for one stamp from their own balance
 * @param depositFees the fee tiers, by channel and then by amount
 */
public record PriceBook(List<StampBundle> stampBundles, int stampsPerPage, int stampsPerPhoto, int stampsPerReply,
		Money inmateStampPrice, List<FeeTier> depositFees, DepositLimits depositLimits, Money depositCommission,
		Money messageCommission) {
}
