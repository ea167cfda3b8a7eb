package org.homeward.screening.web;

import java.util.List;
import java.util.UUID;

import org.homeward.screening.internal.ReviewQueue;
import org.homeward.screening.internal.ScreeningLists;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mailroom's review page in the staff console, and the age of its queue on the staff
 * home page.
 */
@Controller
class ReviewPageController {

	private final ReviewQueue queue;

	private final ScreeningLists lists;

	ReviewPageController(ReviewQueue queue, ScreeningLists lists) {
		this.queue = queue;
		this.lists = lists;
	}

	@GetMapping("/staff/review")
	String review(Caller caller, @RequestParam(required = false) @Nullable UUID facility, Model model) {
		model.addAttribute("held", queue.held(caller, facility));
		model.addAttribute("reasons", lists.reasons(ReviewQueue.reviewerAgency(caller)));
		return "screening/review";
	}

	@PostMapping("/staff/review/{id}")
	String decide(Caller caller, @PathVariable UUID id, @RequestParam String decision,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(name = "rejectedPhotos", required = false) @Nullable List<UUID> rejectedPhotos,
			RedirectAttributes redirect) {
		try {
			queue.decide(caller, id, decision, reason, rejectedPhotos == null ? List.of() : rejectedPhotos);
			redirect.addFlashAttribute("decided", decision);
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refused", refused.getMessage());
		}
		return "redirect:/staff/review";
	}

}
