package org.homeward.media;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where an order for a tablet is. Bought from the inmate's balance it is ORDERED at once
 * (the balance and the order move in one transaction); bought by a family it is PAYING
 * until the card answers, then ORDERED or PAYMENT_DECLINED (it never existed). An order
 * waits for the facility to hand over a tablet from its stock (ISSUED), or is CANCELLED
 * by staff with a reason, the money going back where it came from.
 */
public enum TabletOrderStatus {

	PAYING, PAYMENT_DECLINED, ORDERED, ISSUED, CANCELLED;

	public static final Lifecycle<TabletOrderStatus> LIFECYCLE = Lifecycle.of("tablet order", TabletOrderStatus.class,
			Map.of(PAYING, Set.of(PAYMENT_DECLINED, ORDERED), ORDERED, Set.of(ISSUED, CANCELLED)));

}
