package org.homeward.contracts.web;

import java.time.LocalDate;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Platform operators end an agency's contract (API.md, "Platform operator side"). */
@RestController
@Tag(name = "Contract lifecycle")
class WindDownApiController {

	private final Contracts contracts;

	private final AgencyAccess access;

	WindDownApiController(Contracts contracts, AgencyAccess access) {
		this.contracts = contracts;
		this.access = access;
	}

	@PostMapping("/api/v1/admin/agencies/{code}/wind-down")
	@Operation(
			summary = "Schedule the end of an agency's contract (platform operators); a serviceEndsOn of today or earlier takes effect at once")
	WindDownJson windDown(Caller caller, @PathVariable @Size(max = 32) String code,
			@Valid @RequestBody WindDownRequest request) {
		AgencyView agency = access.toAnyone(code);
		ContractView contract = contracts.scheduleWindDown(agency.id(), request.serviceEndsOn(),
				request.viewOnlyUntil(), caller.operator());
		return new WindDownJson(agency.code(), contract.status().name(), contract.serviceEndsOn(),
				contract.viewOnlyUntil());
	}

	record WindDownRequest(@NotNull LocalDate serviceEndsOn, @NotNull LocalDate viewOnlyUntil) {
	}

	record WindDownJson(String code, String status, @Nullable LocalDate serviceEndsOn,
			@Nullable LocalDate viewOnlyUntil) {
	}

}
