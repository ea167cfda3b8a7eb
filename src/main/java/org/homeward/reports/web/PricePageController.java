package org.homeward.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.PriceList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every agency's prices and fees on one public page, dated, in the reader's language:
 * what families and inmates pay and what the agency receives — the disclosure today's
 * vendors do not give. Each module contributes what it sells.
 */
@Controller
class PricePageController {

	private final Directory directory;

	private final AgencyAccess access;

	private final List<PriceList.Contribution> contributions;

	private final Clock clock;

	PricePageController(Directory directory, AgencyAccess access, List<PriceList.Contribution> contributions,
			Clock clock) {
		this.directory = directory;
		this.access = access;
		this.contributions = contributions;
		this.clock = clock;
	}

	@GetMapping("/prices")
	String index(Model model) {
		model.addAttribute("agencies", directory.agencies());
		return "reports/prices-index";
	}

	@GetMapping("/prices/{code}")
	String agency(@PathVariable String code, Locale locale, Model model) {
		AgencyView agency = access.toAnyone(code.length() > 32 ? "" : code);
		model.addAttribute("agency", agency);
		model.addAttribute("agencies", directory.agencies());
		model.addAttribute("today", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
		model.addAttribute("sections",
				contributions.stream()
					.flatMap(c -> c.sections(agency.id(), locale).stream())
					.sorted(Comparator.comparingInt(PriceList.Section::order))
					.toList());
		return "reports/prices";
	}

}
