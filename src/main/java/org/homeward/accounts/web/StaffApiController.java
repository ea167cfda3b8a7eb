package org.homeward.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.StaffMember;
import org.homeward.accounts.internal.StaffAccounts;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An agency's staff accounts, for its administrators and platform operators. */
@RestController
@RequestMapping("/api/v1/agencies/{code}/staff")
@Tag(name = "Staff accounts")
class StaffApiController {

	private final StaffAccounts staff;

	private final AgencyAccess access;

	private final Directory directory;

	StaffApiController(StaffAccounts staff, AgencyAccess access, Directory directory) {
		this.staff = staff;
		this.access = access;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "The agency's staff accounts")
	List<StaffMember> list(Caller caller, @PathVariable @Size(max = 32) String code) {
		return staff.of(access.toAdminister(caller, code).id());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a staff account; the member gets an e-mail to choose their password")
	StaffMember create(Caller caller, @PathVariable @Size(max = 32) String code,
			@Valid @RequestBody NewStaffJson request, Locale locale) {
		AgencyView agency = access.toAdminister(caller, code);
		return staff.create(agency.id(), request.email(), request.displayName(), request.roles(),
				facility(agency, request.facilityCode()), caller, locale);
	}

	@PutMapping("/{staffId}/roles")
	@Operation(summary = "Replace a staff member's roles")
	StaffMember roles(Caller caller, @PathVariable @Size(max = 32) String code, @PathVariable UUID staffId,
			@Valid @RequestBody RolesJson request) {
		return staff.changeRoles(access.toAdminister(caller, code).id(), staffId, request.roles(), caller);
	}

	@DeleteMapping("/{staffId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Deactivate a staff account; its sessions end at once")
	void deactivate(Caller caller, @PathVariable @Size(max = 32) String code, @PathVariable UUID staffId) {
		staff.deactivate(access.toAdminister(caller, code).id(), staffId, caller);
	}

	private @Nullable UUID facility(AgencyView agency, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return directory.facilities(agency.id())
			.stream()
			.filter(f -> f.code().equalsIgnoreCase(code.trim()))
			.map(FacilityView::id)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("facilityCode", "is not a facility of this agency"));
	}

	record NewStaffJson(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
			@NotNull @Size(min = 1, max = 4) Set<@NotNull Role> roles, @Nullable @Size(max = 32) String facilityCode) {
	}

	record RolesJson(@NotNull @Size(min = 1, max = 4) Set<@NotNull Role> roles) {
	}

}
