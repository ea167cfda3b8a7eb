package org.homeward.visits.web;

import org.homeward.shared.Caller;
import org.homeward.visits.internal.VisitViews;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The inmate's visits to come, on the kiosk. */
@Controller
class KioskVisitPageController {

	private final VisitViews views;

	KioskVisitPageController(VisitViews views) {
		this.views = views;
	}

	@GetMapping("/kiosk/visits")
	String visits(Caller caller, Model model) {
		model.addAttribute("visits", views.upcomingOfInmate(caller.inmate()));
		return "visits/kiosk";
	}

}
