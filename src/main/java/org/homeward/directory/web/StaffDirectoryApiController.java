package org.homeward.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.directory.Restriction;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
import org.homeward.directory.RosterImportReport;
import org.homeward.directory.RosterImports;
import org.homeward.directory.RosterMode;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The directory as an agency's staff see it: search by name, and roster imports. */
@RestController
@RequestMapping("/api/v1/agencies/{code}")
@Tag(name = "Directory (staff)")
class StaffDirectoryApiController {

	private final Directory directory;

	private final RosterImports rosters;

	private final AgencyAccess access;

	private final Restrictions restrictions;

	private final Clock clock;

	StaffDirectoryApiController(Directory directory, RosterImports rosters, AgencyAccess access,
			Restrictions restrictions, Clock clock) {
		this.directory = directory;
		this.rosters = rosters;
		this.access = access;
		this.restrictions = restrictions;
		this.clock = clock;
	}

	@GetMapping("/inmates")
	@Operation(summary = "Search the agency's inmates by name (prefix, accent- and case-insensitive) or number")
	List<StaffInmateJson> search(Caller caller, @PathVariable @Size(max = 32) String code,
			@RequestParam @Size(min = 1, max = 100, message = "must be 1 to 100 characters") String q,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		AgencyView agency = access.toRead(caller, code);
		return directory.searchByName(agency.id(), q, caller.facility() == null ? limit : 200)
			.stream()
			.filter(inmate -> caller.reaches(inmate.facility().id()))
			.limit(limit)
			.map(StaffInmateJson::of)
			.toList();
	}

	@PostMapping(path = "/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import the agency's roster (CSV); FULL marks inmates missing from it released")
	RosterImportReport importRoster(Caller caller, @PathVariable @Size(max = 32) String code,
			@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "FULL") RosterMode mode)
			throws IOException {
		AgencyView agency = access.toAdminister(caller, code);
		if (file.isEmpty()) {
			throw new InvalidInputException("file", "The roster file is empty.");
		}
		try (InputStream in = file.getInputStream()) {
			return rosters.importRoster(agency.id(),
					Objects.requireNonNullElse(file.getOriginalFilename(), "roster.csv"), in, mode);
		}
	}

	@GetMapping("/inmates/{inmateId}/restrictions")
	@Operation(summary = "The inmate's restrictions that apply today or later")
	List<Restriction> restrictions(Caller caller, @PathVariable @Size(max = 32) String code,
			@PathVariable UUID inmateId) {
		return restrictions.activeOn(inmateOf(caller, access.toRead(caller, code), inmateId).id(),
				LocalDate.now(clock));
	}

	@PostMapping("/inmates/{inmateId}/restrictions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Suspend a privilege of the inmate, until a day or until lifted")
	Restriction restrict(Caller caller, @PathVariable @Size(max = 32) String code, @PathVariable UUID inmateId,
			@Valid @RequestBody RestrictionJson request) {
		InmateView inmate = inmateOf(caller, access.toRead(caller, code), inmateId);
		caller.staffAgency(Role.FACILITY_STAFF);
		if (request.until() != null && request.until().isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("until", "must be today or later");
		}
		return restrictions.add(inmate.id(), request.kind(), request.until(), request.reason(), caller);
	}

	/**
	 * The agency's inmate, at a facility the caller reaches; 404 otherwise, as for any
	 * record not theirs.
	 */
	private InmateView inmateOf(Caller caller, AgencyView agency, UUID inmateId) {
		return directory.inmate(inmateId)
			.filter(inmate -> inmate.agency().id().equals(agency.id()) && caller.reaches(inmate.facility().id()))
			.orElseThrow(() -> new NotFoundException("inmate"));
	}

	record RestrictionJson(@NotNull RestrictionKind kind, @Nullable LocalDate until,
			@NotBlank @Size(max = 500) String reason) {
	}

	record StaffInmateJson(UUID id, String inmateNumber, String firstName, String lastName, LocalDate dateOfBirth,
			String status, String facility, String housingUnit) {

		static StaffInmateJson of(InmateView inmate) {
			return new StaffInmateJson(inmate.id(), inmate.inmateNumber(), inmate.firstName(), inmate.lastName(),
					inmate.dateOfBirth(), inmate.status().name(), inmate.facility().name(), inmate.housingUnit());
		}

	}

}
