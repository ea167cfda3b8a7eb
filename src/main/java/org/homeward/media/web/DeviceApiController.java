package org.homeward.media.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.media.DeviceStatus;
import org.homeward.media.internal.Devices;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Facility staff keep their tablets: register, issue, take back, swap, mark lost or
 * broken.
 */
@RestController
@Tag(name = "Tablets and media")
class DeviceApiController {

	private final Devices devices;

	DeviceApiController(Devices devices) {
		this.devices = devices;
	}

	@GetMapping("/api/v1/staff/devices")
	@Operation(summary = "The tablets of the staff member's agency (their facility's, when they have one)")
	List<DeviceJson> list(Caller caller) {
		return devices.list(caller).stream().map(DeviceJson::of).toList();
	}

	@PostMapping("/api/v1/staff/devices")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a tablet: its secret is in this answer only (the tablet keeps it to sign in)")
	RegisteredJson register(Caller caller, @Valid @RequestBody RegisterRequest request) {
		Devices.Registered registered = devices.register(caller, request.serial().strip(), request.model().strip(),
				request.facilityCode());
		return new RegisteredJson(DeviceJson.of(registered.device()), registered.secret());
	}

	@PostMapping("/api/v1/staff/devices/{id}/issue")
	@Operation(summary = "Issue a tablet in stock to an inmate of its facility (one tablet each)")
	DeviceJson issue(Caller caller, @PathVariable UUID id, @Valid @RequestBody IssueRequest request) {
		return DeviceJson.of(devices.issue(caller, id, request.inmateId()));
	}

	@PostMapping("/api/v1/staff/devices/{id}/take-back")
	@Operation(summary = "Take a tablet back into stock")
	DeviceJson takeBack(Caller caller, @PathVariable UUID id) {
		return DeviceJson.of(devices.takeBack(caller, id));
	}

	@PostMapping("/api/v1/staff/devices/{id}/swap")
	@Operation(summary = "Swap an issued tablet for one in stock: the holder keeps every entitlement")
	DeviceJson swap(Caller caller, @PathVariable UUID id, @Valid @RequestBody SwapRequest request) {
		return DeviceJson.of(devices.swap(caller, id, request.replacementId()));
	}

	@PostMapping("/api/v1/staff/devices/{id}/status")
	@Operation(summary = "Mark a tablet BROKEN or LOST")
	DeviceJson mark(Caller caller, @PathVariable UUID id, @Valid @RequestBody MarkRequest request) {
		return DeviceJson.of(devices.mark(caller, id, request.status()));
	}

	record DeviceJson(UUID id, String serial, String model, UUID facilityId, DeviceStatus status,
			@Nullable UUID inmateId, Instant updatedAt) {

		static DeviceJson of(Devices.Device device) {
			return new DeviceJson(device.id(), device.serial(), device.model(), device.facility(), device.status(),
					device.inmate(), device.updatedAt());
		}

	}

	record RegisteredJson(DeviceJson device, String secret) {
	}

	record RegisterRequest(
			@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+",
					message = "may hold letters, digits and dashes") String serial,
			@NotBlank @Size(max = 100) String model, @NotBlank @Size(max = 32) String facilityCode) {
	}

	record IssueRequest(@NotNull UUID inmateId) {
	}

	record SwapRequest(@NotNull UUID replacementId) {
	}

	record MarkRequest(@NotNull DeviceStatus status) {
	}

}
