package org.homeward.visits.web;

import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.visits.internal.VisitCalls;
import org.homeward.visits.internal.VisitCalls.Side;
import org.homeward.visits.internal.VisitRecords;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * A visit's call for its two sides, the family (on the API and from the visit's page) and
 * the inmate (at the kiosk): publish one's camera, receive the other side's, and see
 * where the call stands. The media itself flows between the browser and the media server.
 */
@RestController
@Tag(name = "Video visits")
class CallApiController {

	private final VisitCalls calls;

	CallApiController(VisitCalls calls) {
		this.calls = calls;
	}

	@GetMapping({ "/api/v1/visits/{id}/call", "/visits/{id}/call/state" })
	@Operation(summary = "Where the family's visit call stands")
	CallJson.State familyState(Caller caller, @PathVariable UUID id) {
		return CallJson.State.of(calls.state(calls.visitOf(Side.FAMILY, caller.family(), id), Side.FAMILY));
	}

	@PostMapping({ "/api/v1/visits/{id}/call/presence", "/visits/{id}/call/presence" })
	@Operation(summary = "The family's page reports, every few seconds while the call is open, whether its media is "
			+ "connected; answers where the call stands. A visit whose two sides were connected for less than half "
			+ "its slot, by these reports, is refunded")
	CallJson.State familyPresence(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody CallJson.Presence presence) {
		VisitRecords.Visit visit = calls.visitOf(Side.FAMILY, caller.family(), id);
		return CallJson.State.of(calls.report(visit, Side.FAMILY, presence.connected()));
	}

	@PostMapping({ "/api/v1/visits/{id}/call/publish", "/visits/{id}/call/publish" })
	@Operation(summary = "The family publishes camera and microphone: the browser's offer, the media server's answer")
	CallJson.Answer familyPublish(Caller caller, @PathVariable UUID id, @Valid @RequestBody CallJson.Sdp offer) {
		VisitRecords.Visit visit = calls.visitOf(Side.FAMILY, caller.family(), id);
		return new CallJson.Answer(calls.publish(visit, Side.FAMILY, caller.accountId(), offer.sdp()));
	}

	@PostMapping({ "/api/v1/visits/{id}/call/receive", "/visits/{id}/call/receive" })
	@Operation(
			summary = "The family receives the inmate's camera: the media server's offer (409 until the inmate joins)")
	CallJson.Offer familyReceive(Caller caller, @PathVariable UUID id) {
		VisitRecords.Visit visit = calls.visitOf(Side.FAMILY, caller.family(), id);
		return CallJson.Offer.of(calls.receive(visit, Side.FAMILY, caller.accountId()));
	}

	@PostMapping({ "/api/v1/visits/{id}/call/receive/{subscription}", "/visits/{id}/call/receive/{subscription}" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The family's browser answers the media server's offer")
	void familyAnswer(Caller caller, @PathVariable UUID id, @PathVariable UUID subscription,
			@Valid @RequestBody CallJson.Sdp answer) {
		VisitRecords.Visit visit = calls.visitOf(Side.FAMILY, caller.family(), id);
		calls.answer(visit, subscription, caller.accountId(), answer.sdp());
	}

	@GetMapping({ "/api/v1/kiosk/visits/{id}/call", "/kiosk/visits/{id}/call/state" })
	@Operation(summary = "Where the inmate's visit call stands")
	CallJson.State inmateState(Caller caller, @PathVariable UUID id) {
		return CallJson.State.of(calls.state(calls.visitOf(Side.INMATE, caller.inmate(), id), Side.INMATE));
	}

	@PostMapping({ "/api/v1/kiosk/visits/{id}/call/presence", "/kiosk/visits/{id}/call/presence" })
	@Operation(summary = "The kiosk reports, every few seconds while the call is open, whether its media is "
			+ "connected; answers where the call stands")
	CallJson.State inmatePresence(Caller caller, @PathVariable UUID id,
			@Valid @RequestBody CallJson.Presence presence) {
		VisitRecords.Visit visit = calls.visitOf(Side.INMATE, caller.inmate(), id);
		return CallJson.State.of(calls.report(visit, Side.INMATE, presence.connected()));
	}

	@PostMapping({ "/api/v1/kiosk/visits/{id}/call/publish", "/kiosk/visits/{id}/call/publish" })
	@Operation(summary = "The inmate publishes camera and microphone at the kiosk")
	CallJson.Answer inmatePublish(Caller caller, @PathVariable UUID id, @Valid @RequestBody CallJson.Sdp offer) {
		VisitRecords.Visit visit = calls.visitOf(Side.INMATE, caller.inmate(), id);
		return new CallJson.Answer(calls.publish(visit, Side.INMATE, caller.accountId(), offer.sdp()));
	}

	@PostMapping({ "/api/v1/kiosk/visits/{id}/call/receive", "/kiosk/visits/{id}/call/receive" })
	@Operation(summary = "The inmate receives the family's camera (409 until the family joins)")
	CallJson.Offer inmateReceive(Caller caller, @PathVariable UUID id) {
		VisitRecords.Visit visit = calls.visitOf(Side.INMATE, caller.inmate(), id);
		return CallJson.Offer.of(calls.receive(visit, Side.INMATE, caller.accountId()));
	}

	@PostMapping({ "/api/v1/kiosk/visits/{id}/call/receive/{subscription}",
			"/kiosk/visits/{id}/call/receive/{subscription}" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The kiosk answers the media server's offer")
	void inmateAnswer(Caller caller, @PathVariable UUID id, @PathVariable UUID subscription,
			@Valid @RequestBody CallJson.Sdp answer) {
		VisitRecords.Visit visit = calls.visitOf(Side.INMATE, caller.inmate(), id);
		calls.answer(visit, subscription, caller.accountId(), answer.sdp());
	}

}
