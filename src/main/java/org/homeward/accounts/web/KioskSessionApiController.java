package org.homeward.accounts.web;

import java.time.Instant;
import java.util.UUID;

import org.homeward.accounts.TabletHolders;
import org.homeward.accounts.internal.ApiSessions;
import org.homeward.accounts.internal.BearerTokenFilter;
import org.homeward.accounts.internal.InmatePins;
import org.homeward.accounts.internal.SignIn;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Inmates signing in at kiosks and tablets, and staff setting their PINs. */
@RestController
@Tag(name = "Kiosk sessions")
class KioskSessionApiController {

	private final InmatePins pins;

	private final Directory directory;

	private final AgencyAccess access;

	private final TabletHolders tablets;

	KioskSessionApiController(InmatePins pins, Directory directory, AgencyAccess access, TabletHolders tablets) {
		this.pins = pins;
		this.directory = directory;
		this.access = access;
		this.tablets = tablets;
	}

	@PostMapping("/api/v1/kiosk/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "An inmate signs in with agency, inmate number and PIN")
	KioskSessionJson signIn(@Valid @RequestBody KioskSignInJson request) {
		var inmate = directory.agencyByCode(request.agencyCode())
			.flatMap(agency -> directory.inmateByNumber(agency.id(), request.inmateNumber()));
		ApiSessions.Issued issued = pins.signIn(inmate, request.pin());
		return new KioskSessionJson(issued.token(), issued.expiresAt());
	}

	/**
	 * A tablet signs in for its holder: its serial and secret say which tablet (and so
	 * whose), the holder's PIN that it is them. The session is a kiosk session. A wrong
	 * secret is refused as a wrong PIN is.
	 */
	@PostMapping("/api/v1/tablet/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A tablet signs in with its serial and secret and its holder's PIN")
	KioskSessionJson tabletSignIn(@Valid @RequestBody TabletSignInJson request) {
		ApiSessions.Issued issued = pins
			.signIn(tablets.holder(request.serial(), request.secret()).flatMap(directory::inmate), request.pin());
		return new KioskSessionJson(issued.token(), issued.expiresAt());
	}

	@DeleteMapping("/api/v1/kiosk/sessions/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The inmate signs out of the kiosk")
	void signOut(HttpServletRequest request) {
		String token = BearerTokenFilter.token(request);
		if (token != null) {
			pins.end(token);
		}
	}

	@PostMapping("/api/v1/agencies/{code}/inmates/{inmateId}/pin")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set or reset an inmate's kiosk PIN (facility staff)")
	void setPin(Caller caller, @PathVariable @Size(max = 32) String code, @PathVariable UUID inmateId,
			@Valid @RequestBody PinJson request) {
		var agency = access.toRead(caller, code);
		caller.staffAgency(Role.FACILITY_STAFF);
		InmateView inmate = directory.inmate(inmateId)
			.filter(i -> i.agency().id().equals(agency.id()) && caller.reaches(i.facility().id()))
			.orElseThrow(() -> new NotFoundException("inmate"));
		pins.set(inmate, request.pin(), caller);
	}

	@ExceptionHandler(SignIn.Refused.class)
	ResponseEntity<ProblemDetail> refused(SignIn.Refused refused) {
		HttpStatus status = refused.locked() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(status,
					refused.locked()
							? "Too many wrong PINs. Try again in %d minutes or ask staff to reset your PIN."
								.formatted(Math.max(1, refused.retryAfter().toMinutes()))
							: "Wrong agency, inmate number or PIN.");
		problem.setTitle(refused.locked() ? "Too many attempts" : "Sign-in refused");
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (refused.locked()) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfter().toSeconds()));
		}
		return response.body(problem);
	}

	record KioskSignInJson(@NotBlank @Size(max = 32) String agencyCode, @NotBlank @Size(max = 32) String inmateNumber,
			@NotBlank @Size(max = 16) String pin) {
	}

	record KioskSessionJson(String token, Instant expiresAt) {
	}

	record TabletSignInJson(@NotBlank @Size(max = 64) String serial, @NotBlank @Size(max = 100) String secret,
			@NotBlank @Size(max = 16) String pin) {
	}

	record PinJson(@NotBlank @Size(max = 16) String pin) {
	}

}
