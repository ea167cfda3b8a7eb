package org.homeward.courses.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.homeward.courses.internal.EarnedTime;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff console's page of earned-time credits: the month's credits per person, their
 * CSV, and their approval (asked to confirm first).
 */
@Controller
class CreditPageController {

	private final EarnedTime earned;

	private final Directory directory;

	private final Clock clock;

	CreditPageController(EarnedTime earned, Directory directory, Clock clock) {
		this.earned = earned;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/staff/credits")
	String page(Caller caller, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable UUID facilityId, Locale locale, Model model) {
		TenantId agency = caller.staffAgency(Role.ADMINISTRATION);
		YearMonth shown = month == null || !month.matches(CreditApiController.MONTH)
				? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : EarnedTime.month(month);
		model.addAttribute("month", shown.toString());
		model.addAttribute("monthName", shown.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
				+ " " + shown.getYear());
		model.addAttribute("facilities", directory.facilities(agency));
		model.addAttribute("facilityId", facilityId);
		model.addAttribute("lines", earned.report(caller, agency, shown, facilityId));
		model.addAttribute("rule", earned.rule(agency).orElse(null));
		return "courses/staff-credits";
	}

	@GetMapping("/staff/credits.csv")
	ResponseEntity<String> pageCsv(Caller caller, @RequestParam String month,
			@RequestParam(required = false) @Nullable UUID facilityId) {
		TenantId agency = caller.staffAgency(Role.ADMINISTRATION);
		return CreditApiController.csv(earned, caller, directory.agency(agency).orElseThrow(), month, facilityId);
	}

	@PostMapping("/staff/credits/approval")
	String approvePage(Caller caller, @RequestParam String month,
			@RequestParam(required = false) @Nullable UUID facilityId, RedirectAttributes redirect) {
		TenantId agency = caller.staffAgency(Role.ADMINISTRATION);
		redirect.addFlashAttribute("approved", earned.approve(caller, agency, EarnedTime.month(month), facilityId));
		return "redirect:/staff/credits?month=" + EarnedTime.month(month)
				+ (facilityId == null ? "" : "&facilityId=" + facilityId);
	}

}
