package org.homeward.contracts.web;

import java.time.LocalDate;
import java.util.List;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The operator console's contracts page, where operators end a contract (the API is
 * {@link WindDownApiController}).
 */
@Controller
@Tag(name = "Contract lifecycle")
class WindDownController {

	private final Contracts contracts;

	private final Directory directory;

	private final AgencyAccess access;

	WindDownController(Contracts contracts, Directory directory, AgencyAccess access) {
		this.contracts = contracts;
		this.directory = directory;
		this.access = access;
	}

	/** An agency as the operator console lists it. */
	record Row(AgencyView agency, @Nullable ContractView contract) {
	}

	@GetMapping("/operator/agencies")
	String console(Caller caller, Model model) {
		caller.operator();
		List<Row> rows = directory.agencies()
			.stream()
			.map(a -> new Row(a, contracts.contractOf(a.id()).orElse(null)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("today", LocalDate.now());
		return "contracts/operator-agencies";
	}

	@PostMapping("/operator/agencies/{code}/wind-down")
	String schedule(Caller caller, @PathVariable String code, @RequestParam LocalDate serviceEndsOn,
			@RequestParam LocalDate viewOnlyUntil, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		caller.operator();
		AgencyView agency = access.toAnyone(code);
		if (!confirmed) {
			// first what will happen, named, then (confirmed) the schedule
			model.addAttribute("agency", agency);
			model.addAttribute("serviceEndsOn", serviceEndsOn);
			model.addAttribute("viewOnlyUntil", viewOnlyUntil);
			return "contracts/wind-down-confirm";
		}
		try {
			contracts.scheduleWindDown(agency.id(), serviceEndsOn, viewOnlyUntil, caller.operator());
			redirect.addFlashAttribute("scheduled", agency.name());
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("refused", refused.getMessage());
		}
		return "redirect:/operator/agencies";
	}

}
