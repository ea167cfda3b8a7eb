package org.homeward.visits.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.directory.FacilityView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Refusals;
import org.homeward.visits.VisitReason;
import org.homeward.visits.internal.DaySchedulePdf;
import org.homeward.visits.internal.VisitCalls;
import org.homeward.visits.internal.VisitChanges;
import org.homeward.visits.internal.VisitViews;
import org.homeward.visits.internal.VisitViews.VisitView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A facility's day of video visits for its visitation officers: approve or deny requests,
 * cancel booked visits with a reason. The facility and day chosen stay across actions.
 */
@Controller
class StaffVisitPageController {

	private final VisitChanges changes;

	private final VisitViews views;

	private final Refusals refusals;

	private final DaySchedulePdf schedulePdf;

	private final VisitCalls calls;

	StaffVisitPageController(VisitChanges changes, VisitViews views, Refusals refusals, DaySchedulePdf schedulePdf,
			VisitCalls calls) {
		this.changes = changes;
		this.calls = calls;
		this.views = views;
		this.refusals = refusals;
		this.schedulePdf = schedulePdf;
	}

	/** The day's schedule of a facility, to print (a facility not theirs is a 404). */
	@GetMapping("/staff/visits/schedule.pdf")
	void schedule(Caller caller, @RequestParam UUID facilityId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale,
			HttpServletResponse response) throws IOException {
		// refused before the answer starts: another agency's facility is a 404 page
		views.day(caller, facilityId, date);
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("visits-" + date + ".pdf").build().toString());
		schedulePdf.write(caller, facilityId, date, locale, response.getOutputStream());
	}

	@GetMapping("/staff/visits")
	String day(Caller caller, @RequestParam(required = false) @Nullable UUID facilityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			Model model) {
		List<FacilityView> facilities = views.facilities(caller);
		model.addAttribute("facilities", facilities);
		model.addAttribute("reasons", VisitReason.forStaff());
		UUID facility = facilityId != null ? facilityId : facilities.isEmpty() ? null : facilities.get(0).id();
		if (facility != null) {
			LocalDate day = date != null ? date : LocalDate.now(views.zoneOf(facility));
			model.addAttribute("facility", facility);
			model.addAttribute("date", day);
			model.addAttribute("visits", views.day(caller, facility, day));
		}
		return "visits/staff";
	}

	/**
	 * The facility's visits going on now, each watched in a tile without sound; a visit
	 * opened from its tile can be heard, warned and ended.
	 */
	@GetMapping("/staff/visits/live")
	String live(Caller caller, @RequestParam(required = false) @Nullable UUID facilityId, Model model) {
		List<FacilityView> facilities = views.facilities(caller);
		model.addAttribute("facilities", facilities);
		UUID facility = facilityId != null ? facilityId : facilities.isEmpty() ? null : facilities.get(0).id();
		if (facility != null) {
			VisitViews.Live live = views.live(caller, facility);
			model.addAttribute("facility", facility);
			model.addAttribute("watched", live.watched());
			model.addAttribute("legal", live.legal());
			model.addAttribute("video", calls.videoAvailable());
		}
		return "visits/live";
	}

	/**
	 * The visits the grid shows (those going on, but legal ones): the page reloads when
	 * they change.
	 */
	@GetMapping(path = "/staff/visits/live/ids", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<UUID> liveIds(Caller caller, @RequestParam UUID facilityId) {
		return views.live(caller, facilityId).watched().stream().map(VisitView::id).toList();
	}

	@PostMapping("/staff/visits/{id}/decision")
	String decide(Caller caller, @PathVariable UUID id, @RequestParam String decision,
			@RequestParam(required = false) @Nullable VisitReason reason, @RequestParam UUID facilityId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale,
			RedirectAttributes redirect) {
		boolean approve = "APPROVE".equals(decision);
		act(() -> changes.decide(caller, id, approve, reason, null),
				approve ? "visits.approvedNotice" : "visits.deniedNotice", locale, redirect);
		return back(facilityId, date, redirect);
	}

	@PostMapping("/staff/visits/{id}/cancel")
	String cancel(Caller caller, @PathVariable UUID id, @RequestParam VisitReason reason, @RequestParam UUID facilityId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale,
			RedirectAttributes redirect) {
		act(() -> changes.cancelByStaff(caller, id, reason, null), "visits.staffCancelledNotice", locale, redirect);
		return back(facilityId, date, redirect);
	}

	private void act(Runnable action, String done, Locale locale, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (BusinessRuleException | ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("refused", refusals.text(ex, locale));
		}
	}

	private static String back(UUID facility, LocalDate date, RedirectAttributes redirect) {
		redirect.addAttribute("facilityId", facility);
		redirect.addAttribute("date", date);
		return "redirect:/staff/visits";
	}

}
