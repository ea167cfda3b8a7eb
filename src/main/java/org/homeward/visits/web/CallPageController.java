package org.homeward.visits.web;

import java.util.Locale;
import java.util.UUID;

import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Refusals;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitWarning;
import org.homeward.visits.internal.CallSettings;
import org.homeward.visits.internal.VisitCalls;
import org.homeward.visits.internal.VisitCalls.Side;
import org.homeward.visits.internal.VisitChanges;
import org.homeward.visits.internal.VisitEndings;
import org.homeward.visits.internal.VisitViews;
import org.homeward.visits.internal.VisitViews.VisitView;
import org.homeward.visits.internal.VisitWarnings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a visit's call: the family's, the kiosk's (camera check, join from a few
 * minutes before, a countdown, a warning before the end, staff's warnings) and a
 * visitation officer's monitor, who can warn both sides and end the visit with a reason.
 */
@Controller
class CallPageController {

	private final VisitCalls calls;

	private final VisitViews views;

	private final VisitChanges changes;

	private final VisitEndings endings;

	private final VisitWarnings warnings;

	private final CallSettings settings;

	private final Refusals refusals;

	CallPageController(VisitCalls calls, VisitViews views, VisitChanges changes, VisitEndings endings,
			VisitWarnings warnings, CallSettings settings, Refusals refusals) {
		this.calls = calls;
		this.views = views;
		this.changes = changes;
		this.endings = endings;
		this.warnings = warnings;
		this.settings = settings;
		this.refusals = refusals;
	}

	@GetMapping("/visits/{id}/call")
	String family(Caller caller, @PathVariable UUID id, Model model) {
		return stage(views.ofFamily(caller.family(), id), "/visits/" + id + "/call", model, "visits/call");
	}

	@GetMapping("/kiosk/visits/{id}/call")
	String kiosk(Caller caller, @PathVariable UUID id, Model model) {
		VisitView visit = views.view(calls.visitOf(Side.INMATE, caller.inmate(), id));
		model.addAttribute("visitor", visit.visitor());
		return stage(visit, "/kiosk/visits/" + id + "/call", model, "visits/kiosk-call");
	}

	@GetMapping("/staff/visits/{id}/monitor")
	String monitor(Caller caller, @PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		VisitView visit = views.view(changes.staffVisit(caller, id));
		if (visit.legal()) {
			redirect.addFlashAttribute("refused", refusals.text(new BusinessRuleException("legal-visit-not-monitored",
					"A legal visit is privileged: it is neither watched nor recorded."), locale));
			return "redirect:/staff/visits";
		}
		model.addAttribute("reasons", VisitReason.forStaff());
		model.addAttribute("warnings", VisitWarning.values());
		return stage(visit, "/staff/visits/" + id + "/monitor", model, "visits/monitor");
	}

	@PostMapping("/staff/visits/{id}/end")
	String end(Caller caller, @PathVariable UUID id, @RequestParam VisitReason reason, Locale locale,
			RedirectAttributes redirect) {
		try {
			endings.terminate(caller, id, reason, null);
			redirect.addFlashAttribute("done", "call.endedNotice");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refused", refusals.text(ex, locale));
		}
		return "redirect:/staff/visits";
	}

	@PostMapping("/staff/visits/{id}/warning")
	String warn(Caller caller, @PathVariable UUID id, @RequestParam VisitWarning warning, Locale locale,
			RedirectAttributes redirect) {
		try {
			warnings.warn(caller, id, warning);
			redirect.addFlashAttribute("done", "call.warnedNotice");
			return "redirect:/staff/visits/" + id + "/monitor";
		}
		catch (ConflictException | BusinessRuleException ex) {
			redirect.addFlashAttribute("refused", refusals.text(ex, locale));
			return "redirect:/staff/visits";
		}
	}

	private String stage(VisitView visit, String base, Model model, String template) {
		model.addAttribute("visit", visit);
		model.addAttribute("zone", visit.zone());
		model.addAttribute("base", base);
		model.addAttribute("opens", visit.start().minus(settings.joinEarly()));
		model.addAttribute("video", calls.videoAvailable());
		return template;
	}

}
