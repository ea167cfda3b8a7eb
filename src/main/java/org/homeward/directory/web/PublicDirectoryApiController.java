package org.homeward.directory.web;

import java.util.List;

import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.PublicInmate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public directory: which agencies use Homeward, and finding an inmate by state and
 * number.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class PublicDirectoryApiController {

	private final Directory directory;

	PublicDirectoryApiController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/agencies")
	@Operation(summary = "Agencies served by Homeward")
	List<AgencyJson> agencies() {
		return directory.agencies().stream().map(AgencyJson::of).toList();
	}

	@GetMapping("/inmates")
	@Operation(summary = "Find an inmate by state and exact inmate number (US for federal)")
	List<PublicInmate> inmates(
			@RequestParam @Size(max = 2) @Pattern(regexp = "[A-Za-z]{2}",
					message = "must be a two-letter state code, or US for federal") String state,
			@RequestParam @Size(max = 64) @Pattern(regexp = "\\s*[A-Za-z0-9-]{1,32}\\s*",
					message = "must be 1 to 32 letters, digits or hyphens") String number) {
		return directory.findByStateAndNumber(state, number).stream().map(PublicInmate::of).toList();
	}

	record AgencyJson(String code, String name, String state, String kind) {

		static AgencyJson of(AgencyView agency) {
			return new AgencyJson(agency.code(), agency.name(), agency.state(), agency.kind().name());
		}

	}

}
