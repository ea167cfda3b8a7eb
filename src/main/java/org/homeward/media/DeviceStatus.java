package org.homeward.media;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a tablet is: IN_STOCK at its facility, ISSUED to one inmate, BROKEN (taken back
 * for repair, or swapped for another) or LOST. A tablet taken back, repaired or found is
 * IN_STOCK again. What its holder bought is theirs whatever happens to the tablet.
 */
public enum DeviceStatus {

	IN_STOCK, ISSUED, BROKEN, LOST;

	public static final Lifecycle<DeviceStatus> LIFECYCLE = Lifecycle.of("tablet", DeviceStatus.class,
			Map.of(IN_STOCK, Set.of(ISSUED, BROKEN, LOST), ISSUED, Set.of(IN_STOCK, BROKEN, LOST), BROKEN,
					Set.of(IN_STOCK, LOST), LOST, Set.of(IN_STOCK)));

}
