package org.homeward.reports.internal;

/**
 * What the reports count. Each fact has a quantity (messages, stamps, minutes…) and an
 * amount in cents (zero where no money moved); reversals are facts with negative values.
 */
public enum Metric {

	/** Messages families wrote to inmates. */
	MESSAGES_TO_INMATES,
	/** Messages inmates wrote to families. */
	MESSAGES_TO_FAMILIES,
	/** Stamps the messages used (quantity). */
	STAMPS_USED,
	/** Messages that reached their reader on a screen. */
	MESSAGES_DELIVERED,
	/** Messages delivered on paper. */
	MESSAGES_PRINTED,
	/** Messages screening held for staff. */
	MESSAGES_HELD,
	/** Held messages staff rejected. */
	MESSAGES_REJECTED,
	/** Stamps families bought (quantity) and what they paid (amount). */
	STAMPS_SOLD,
	/** Deposits completed (1 each) and their amounts; negative when reversed. */
	DEPOSITS_ONLINE, DEPOSITS_PHONE, DEPOSITS_LOBBY,
	/** Deposits refunded or charged back (1 each) and their amounts. */
	DEPOSITS_REVERSED,
	/** The fees families paid on deposits; negative when reversed. */
	DEPOSIT_FEES,
	/** Visits booked (1 each) and their prices. */
	VISITS_BOOKED,
	/** Visits cancelled or denied before they took place, and what went back. */
	VISITS_CANCELLED,
	/** Visits that took place (1 each) and their prices. */
	VISITS_COMPLETED,
	/** Minutes of visits that took place (quantity). */
	VISIT_MINUTES,
	/** Visits that were missed or ended by staff, and what went back. */
	VISITS_MISSED,
	/** Media items sold (1 each, their prices); negative when refunded. */
	MEDIA_SOLD,
	/** Tablets sold (1 each, their prices); negative when refunded. */
	TABLETS_SOLD,
	/** Courses people enrolled in. */
	COURSES_ENROLLED,
	/** Courses people completed. */
	COURSES_COMPLETED,
	/** The agency's commission on deposits (amount). */
	COMMISSION_DEPOSITS,
	/** The agency's commission on media and tablets (amount). */
	COMMISSION_STORE;

	/** The deposit metric of a channel. */
	static Metric deposits(String channel) {
		return switch (channel) {
			case "PHONE" -> DEPOSITS_PHONE;
			case "LOBBY" -> DEPOSITS_LOBBY;
			default -> DEPOSITS_ONLINE;
		};
	}

}
