package org.homeward.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.RosterImports;
import org.homeward.directory.RosterMode;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff console pages of the directory, for the signed-in staff member's own agency;
 * operators name the agency with {@code ?agency=CODE}.
 */
@Controller
class StaffDirectoryPageController {

	private final Directory directory;

	private final RosterImports rosters;

	private final AgencyAccess access;

	StaffDirectoryPageController(Directory directory, RosterImports rosters, AgencyAccess access) {
		this.directory = directory;
		this.rosters = rosters;
		this.access = access;
	}

	@GetMapping("/staff/inmates")
	String search(Caller caller, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "") String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AgencyView own = access.toRead(caller, agencyCode(caller, agency));
		model.addAttribute("agency", own);
		model.addAttribute("q", q);
		String query = q.trim();
		if (!query.isEmpty() && query.length() <= 100) {
			model.addAttribute("results",
					directory.searchByName(own.id(), query, caller.facility() == null ? 50 : 200)
						.stream()
						.filter(inmate -> caller.reaches(inmate.facility().id()))
						.limit(50)
						.toList());
		}
		return htmx != null ? "directory/staff-inmates :: results" : "directory/staff-inmates";
	}

	@GetMapping("/staff/roster")
	String rosterForm(Caller caller, @RequestParam(required = false) String agency, Model model) {
		model.addAttribute("agency", access.toAdminister(caller, agencyCode(caller, agency)));
		return "directory/staff-roster";
	}

	@PostMapping("/staff/roster")
	String importRoster(Caller caller, @RequestParam(required = false) String agency,
			@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "FULL") RosterMode mode, Model model)
			throws IOException {
		AgencyView own = access.toAdminister(caller, agencyCode(caller, agency));
		model.addAttribute("agency", own);
		if (file.isEmpty()) {
			model.addAttribute("error", "The roster file is empty.");
			return "directory/staff-roster";
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("report", rosters.importRoster(own.id(),
					Objects.requireNonNullElse(file.getOriginalFilename(), "roster.csv"), in, mode));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "directory/staff-roster";
	}

	private String agencyCode(Caller caller, String requested) {
		if (caller.agency() != null) {
			return directory.agency(caller.agency()).map(AgencyView::code).orElse("");
		}
		return requested == null ? "" : requested;
	}

}
