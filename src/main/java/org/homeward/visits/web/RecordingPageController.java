package org.homeward.visits.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Refusals;
import org.homeward.visits.internal.Recordings;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investigator's page of visit recordings: search past visits by inmate number,
 * visitor and dates, play each side's recording in the page, export it with its SHA-256,
 * hold it past its retention.
 */
@Controller
class RecordingPageController {

	private final Recordings recordings;

	private final Refusals refusals;

	RecordingPageController(Recordings recordings, Refusals refusals) {
		this.recordings = recordings;
		this.refusals = refusals;
	}

	@GetMapping("/staff/investigations/visits")
	String search(Caller caller, @RequestParam(required = false) @Nullable String inmateNumber,
			@RequestParam(required = false) @Nullable String visitorEmail,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Locale locale, Model model) {
		try {
			LocalDate[] span = RecordingApiController.span(from, to);
			model.addAttribute("from", span[0]);
			model.addAttribute("to", span[1]);
			model.addAttribute("found",
					recordings.search(caller, limit(inmateNumber, 40), limit(visitorEmail, 254), span[0], span[1]));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("refused", refusals.text(ex, locale));
		}
		model.addAttribute("inmateNumber", inmateNumber);
		model.addAttribute("visitorEmail", visitorEmail);
		return "visits/recordings";
	}

	@PostMapping("/staff/investigations/recordings/{id}/hold")
	String hold(Caller caller, @PathVariable UUID id, @RequestParam boolean held,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String back, Locale locale, RedirectAttributes redirect) {
		if (held && (reason == null || reason.isBlank())) {
			redirect.addFlashAttribute("refused",
					refusals.text(new InvalidInputException("reason", "is needed to hold a recording"), locale));
		}
		else {
			recordings.hold(caller, id, held, limit(reason, 500));
			redirect.addFlashAttribute("done", held ? "recordings.heldNotice" : "recordings.releasedNotice");
		}
		return "redirect:/staff/investigations/visits"
				+ (back != null && back.matches("\\?[\\w=&%.@+-]{0,300}") ? back : "");
	}

	private static @Nullable String limit(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
