package org.homeward.visits.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.visits.VisitReason;
import org.homeward.visits.internal.VisitChanges;
import org.homeward.visits.internal.VisitViews;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A facility's video visits for its visitation officers and administrators: the day's
 * schedule, approving or denying requests, cancelling.
 */
@RestController
@RequestMapping("/api/v1/staff/visits")
@Tag(name = "Video visits")
class StaffVisitApiController {

	private final VisitChanges changes;

	private final VisitViews views;

	StaffVisitApiController(VisitChanges changes, VisitViews views) {
		this.changes = changes;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "The day's visits at a facility of the caller's agency (the day in the facility's zone)")
	List<VisitJson> day(Caller caller, @RequestParam UUID facilityId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return views.day(caller, facilityId, date).stream().map(v -> VisitJson.of(v, false, true)).toList();
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Approve a requested visit, or deny it with a reason (the family is refunded and told)")
	VisitJson decide(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionJson decision) {
		changes.decide(caller, id, decision.decision() == Decision.APPROVE, decision.reason(), decision.note());
		return VisitJson.of(views.view(changes.staffVisit(caller, id)), true, true);
	}

	@PostMapping("/{id}/cancel")
	@Operation(
			summary = "Cancel a booked visit with a reason (lockdown, maintenance...): refunded in full, the family told")
	VisitJson cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody CancelJson cancel) {
		changes.cancelByStaff(caller, id, cancel.reason(), cancel.note());
		return VisitJson.of(views.view(changes.staffVisit(caller, id)), true, true);
	}

	enum Decision {

		APPROVE, DENY

	}

	record DecisionJson(@NotNull Decision decision, @Nullable VisitReason reason,
			@Nullable @Size(max = 500, message = "must be at most 500 characters") String note) {
	}

	record CancelJson(@NotNull VisitReason reason,
			@Nullable @Size(max = 500, message = "must be at most 500 characters") String note) {
	}

}
