package org.homeward.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The landing page: what Homeward is, and the search that starts everything — pick the
 * state, enter the inmate number. With htmx the results replace themselves in place;
 * without JavaScript the form posts back to the same page.
 */
@Controller
class FindInmateController {

	private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,32}");

	private final Directory directory;

	FindInmateController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String landing(Model model) {
		model.addAttribute("states", states());
		return "directory/landing";
	}

	@GetMapping("/find")
	String find(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String number,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String trimmedNumber = number.trim();
		model.addAttribute("states", states());
		model.addAttribute("state", state.toUpperCase(Locale.ROOT));
		model.addAttribute("number", trimmedNumber);
		if (!STATE.matcher(state).matches()) {
			model.addAttribute("error", "find.error.state");
		}
		else if (!NUMBER.matcher(trimmedNumber).matches()) {
			model.addAttribute("error", "find.error.number");
		}
		else {
			List<InmateView> results = directory.findByStateAndNumber(state, trimmedNumber);
			model.addAttribute("results", results);
		}
		return htmx != null ? "directory/landing :: results" : "directory/landing";
	}

	private TreeSet<String> states() {
		TreeSet<String> states = new TreeSet<>();
		directory.agencies().stream().map(AgencyView::state).forEach(states::add);
		return states;
	}

}
