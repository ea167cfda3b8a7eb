package org.homeward.visits.web;

import java.util.List;

import org.homeward.shared.Caller;
import org.homeward.visits.internal.VisitViews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The inmate's video visits at the kiosk. */
@RestController
@Tag(name = "Video visits")
class KioskVisitApiController {

	private final VisitViews views;

	KioskVisitApiController(VisitViews views) {
		this.views = views;
	}

	@GetMapping("/api/v1/kiosk/visits")
	@Operation(summary = "The inmate's visits to come (requested, scheduled, going on), earliest first")
	List<VisitJson> upcoming(Caller caller) {
		return views.upcomingOfInmate(caller.inmate()).stream().map(v -> VisitJson.of(v, false, true)).toList();
	}

}
