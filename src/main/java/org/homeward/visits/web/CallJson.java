package org.homeward.visits.web;

import java.time.Instant;
import java.util.UUID;

import org.homeward.visits.VisitStatus;
import org.homeward.visits.VisitWarning;
import org.homeward.visits.internal.VisitCalls;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The session descriptions a browser exchanges with the media server through Homeward.
 */
final class CallJson {

	private CallJson() {
	}

	/** A browser's offer (to publish) or answer (to receive). */
	record Sdp(@NotBlank @Size(max = 20_000, message = "must be at most 20000 characters") String sdp) {
	}

	/** The media server's answer to a publishing browser. */
	record Answer(String sdp) {
	}

	/**
	 * What the media server offers to a receiving browser, answered under its
	 * subscription.
	 */
	record Offer(UUID subscription, String sdp) {

		static Offer of(VisitCalls.Offer offer) {
			return new Offer(offer.subscription(), offer.sdp());
		}

	}

	/** Whether the page's call is connected (its media flowing both ways). */
	record Presence(@NotNull Boolean connected) {
	}

	/**
	 * Where a visit's call stands.
	 *
	 * @param opens when it can be joined
	 * @param video whether video is available at all
	 * @param otherSideHere whether the other side has joined
	 * @param warning the last warning staff sent to both sides (shown on both pages)
	 * @param warnedAt when it was sent
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record State(VisitStatus status, Instant start, Instant end, Instant opens, boolean video, boolean otherSideHere,
			@Nullable VisitWarning warning, @Nullable Instant warnedAt) {

		static State of(VisitCalls.State state) {
			return new State(state.status(), state.start(), state.end(), state.opens(), state.video(),
					state.otherSideHere(), state.warning(), state.warnedAt());
		}

	}

}
