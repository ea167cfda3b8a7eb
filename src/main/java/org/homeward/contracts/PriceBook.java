package org.homeward.contracts;

import java.util.List;

import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What everything costs at an agency.
 *
 * @param stampBundles the bundles on sale, smallest first
 * @param inmateStampPrice what an inmate pays for one stamp from their own balance
 * @param depositFees the fee tiers, by channel and then by amount
 * @param messagePricing who pays for messages; stamps count only under FAMILY_STAMPS
 * @param perMinute what an inmate pays a minute at the terminal, under INMATE_TIME
 * @param perPrintedPage what an inmate pays to print a page at the kiosk, under
 * INMATE_TIME
 * @param minuteBlocks the blocks of minutes an inmate can buy, smallest first
 */
public record PriceBook(List<StampBundle> stampBundles, int stampsPerPage, int stampsPerPhoto, int stampsPerReply,
		Money inmateStampPrice, List<FeeTier> depositFees, DepositLimits depositLimits, Money depositCommission,
		Money messageCommission, MessagePricing messagePricing, @Nullable Money perMinute,
		@Nullable Money perPrintedPage, List<Integer> minuteBlocks) {
}
