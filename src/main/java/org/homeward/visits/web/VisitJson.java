package org.homeward.visits.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitStatus;
import org.homeward.visits.internal.VisitViews.VisitView;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A visit on the API.
 *
 * @param timeZone the facility's zone, in which its visiting hours are kept
 * @param refund what was refunded to the card, once the visit will not take place
 * @param cancellableUntil until when the family can cancel the visit or move it to
 * another time
 * @param history every move, oldest first (for one visit; left out of lists)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VisitJson(UUID id, VisitStatus status, Instant start, Instant end, int lengthMinutes, Money price,
		String timeZone, InmateJson inmate, @Nullable String visitor, boolean legal, @Nullable Money refund,
		@Nullable Instant cancellableUntil, @Nullable List<MoveJson> history) {

	record InmateJson(UUID id, String inmateNumber, String firstName, String lastName, String facility) {
	}

	/** One move: to a status, or (with movedFrom, the start it had) to another time. */
	record MoveJson(VisitStatus status, Instant at, @Nullable VisitReason reason, @Nullable String note,
			@Nullable Instant movedFrom) {
	}

	static VisitJson of(VisitView visit, boolean withHistory, boolean forStaff) {
		return new VisitJson(visit.id(), visit.status(), visit.start(), visit.end(), visit.lengthMinutes(),
				visit.price(), visit.zone().getId(),
				new InmateJson(visit.inmate().id(), visit.inmate().inmateNumber(), visit.inmate().firstName(),
						visit.inmate().lastName(), visit.inmate().facility().name()),
				forStaff ? visit.visitor() : null, visit.legal(), visit.refund(), visit.cancellableUntil(),
				withHistory ? visit.history()
					.stream()
					.map(m -> new MoveJson(m.status(), m.at(), m.reason(), m.note(), m.movedFrom()))
					.toList() : null);
	}

}
