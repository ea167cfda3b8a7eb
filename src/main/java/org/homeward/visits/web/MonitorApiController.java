package org.homeward.visits.web;

import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitWarning;
import org.homeward.visits.internal.VisitCalls;
import org.homeward.visits.internal.VisitMonitors;
import org.homeward.visits.internal.VisitChanges;
import org.homeward.visits.internal.VisitEndings;
import org.homeward.visits.internal.VisitRecords;
import org.homeward.visits.internal.VisitViews;
import org.homeward.visits.internal.VisitWarnings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Visitation officers watching a visit going on (unseen and unheard by its two sides;
 * never a legal visit), warning both sides, and ending it with a reason.
 */
@RestController
@Tag(name = "Video visits")
class MonitorApiController {

	private final VisitCalls calls;

	private final VisitChanges changes;

	private final VisitEndings endings;

	private final VisitWarnings warnings;

	private final VisitViews views;

	private final VisitMonitors monitors;

	MonitorApiController(VisitCalls calls, VisitMonitors monitors, VisitChanges changes, VisitEndings endings,
			VisitWarnings warnings, VisitViews views) {
		this.calls = calls;
		this.monitors = monitors;
		this.changes = changes;
		this.endings = endings;
		this.warnings = warnings;
		this.views = views;
	}

	@PostMapping({ "/api/v1/staff/visits/{id}/monitor", "/staff/visits/{id}/monitor/receive" })
	@Operation(summary = "Watch a visit going on: the media server's offer of both sides (refused for a legal visit)")
	CallJson.Offer monitor(Caller caller, @PathVariable UUID id) {
		VisitRecords.Visit visit = changes.staffVisit(caller, id);
		return CallJson.Offer.of(monitors.monitor(caller, visit));
	}

	@PostMapping({ "/api/v1/staff/visits/{id}/monitor/{subscription}",
			"/staff/visits/{id}/monitor/receive/{subscription}" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The monitor's browser answers the media server's offer")
	void answer(Caller caller, @PathVariable UUID id, @PathVariable UUID subscription,
			@Valid @RequestBody CallJson.Sdp answer) {
		VisitRecords.Visit visit = changes.staffVisit(caller, id);
		calls.answer(visit, subscription, caller.accountId(), answer.sdp());
	}

	@PostMapping("/api/v1/staff/visits/{id}/terminate")
	@Operation(summary = "End a visit going on, with a reason (audited); both sides see it ended")
	VisitJson terminate(Caller caller, @PathVariable UUID id, @Valid @RequestBody TerminateJson terminate) {
		return VisitJson.of(views.view(endings.terminate(caller, id, terminate.reason(), terminate.note())), true,
				true);
	}

	@PostMapping("/api/v1/staff/visits/{id}/warning")
	@Operation(summary = "Send a set warning to both sides of a visit going on, shown on both pages within seconds "
			+ "(audited; refused for a legal visit)")
	VisitJson warn(Caller caller, @PathVariable UUID id, @Valid @RequestBody WarningJson warning) {
		return VisitJson.of(views.view(warnings.warn(caller, id, warning.warning())), true, true);
	}

	record WarningJson(@NotNull VisitWarning warning) {
	}

	record TerminateJson(@NotNull VisitReason reason,
			@Nullable @Size(max = 500, message = "must be at most 500 characters") String note) {
	}

}
