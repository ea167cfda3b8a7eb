package org.homeward.messaging;

import java.util.Map;
import java.util.Set;

import org.homeward.shared.Lifecycle;

/**
 * Where a message is (API.md). Every change is kept with its time and shown to the
 * sender.
 */
public enum MessageStatus {

	SCREENING, HELD, DELIVERED, QUEUED_FOR_PRINT, PRINTED, READ, REJECTED;

	/**
	 * Screened, a message is delivered (to the kiosk, or to the print queue) or held; a
	 * held one is delivered or rejected; a delivered one is read; a queued one is
	 * printed. Rejected, printed and read are final.
	 */
	public static final Lifecycle<MessageStatus> LIFECYCLE = Lifecycle.of("message", MessageStatus.class,
			Map.of(SCREENING, Set.of(HELD, DELIVERED, QUEUED_FOR_PRINT), HELD,
					Set.of(DELIVERED, QUEUED_FOR_PRINT, REJECTED), DELIVERED, Set.of(READ), QUEUED_FOR_PRINT,
					Set.of(PRINTED)));

}
