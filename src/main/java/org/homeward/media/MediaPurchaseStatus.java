package org.homeward.media;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a purchase of media is. An inmate's purchase from their balance is COMPLETED at
 * once (the balance and the purchase move in one transaction); a family's gift is PAYING
 * until the card answers, then COMPLETED or PAYMENT_DECLINED (the gift never existed). A
 * completed purchase is the person's entitlement until it is REFUNDED (its file could not
 * be delivered) — a rental's entitlement also ends at its expiry, without a move.
 */
public enum MediaPurchaseStatus {

	PAYING, PAYMENT_DECLINED, COMPLETED, REFUNDED;

	public static final Lifecycle<MediaPurchaseStatus> LIFECYCLE = Lifecycle.of("media purchase",
			MediaPurchaseStatus.class,
			Map.of(PAYING, Set.of(PAYMENT_DECLINED, COMPLETED), COMPLETED, Set.of(REFUNDED)));

}
