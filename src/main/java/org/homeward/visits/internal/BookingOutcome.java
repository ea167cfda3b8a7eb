package org.homeward.visits.internal;

import java.util.UUID;

/** What became of a booking request. */
public sealed interface BookingOutcome {

	UUID id();

	/**
	 * Paid: the visit is SCHEDULED or REQUESTED; {@code replayed} when a repeated request
	 * found it.
	 */
	record Booked(VisitRecords.Visit visit, boolean replayed) implements BookingOutcome {

		@Override
		public UUID id() {
			return visit.id();
		}

	}

	/** The card was refused: no visit, nothing charged. */
	record Declined(UUID id, String reason) implements BookingOutcome {
	}

	/** The card's answer is not known yet; the slot is held until it is. */
	record Processing(UUID id) implements BookingOutcome {
	}

}
