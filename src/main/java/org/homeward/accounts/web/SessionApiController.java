package org.homeward.accounts.web;

import java.time.Instant;

import org.homeward.accounts.internal.ApiSessions;
import org.homeward.accounts.internal.BearerTokenFilter;
import org.homeward.accounts.internal.SecondFactorStep;
import org.homeward.accounts.internal.SecondFactors;
import org.homeward.accounts.internal.SignIn;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Signing in and out of the API. */
@RestController
@RequestMapping("/api/v1/sessions")
@Tag(name = "Sessions")
class SessionApiController {

	private final SignIn signIn;

	private final ApiSessions sessions;

	private final SecondFactorStep secondFactor;

	private final SecondFactors factors;

	SessionApiController(SignIn signIn, ApiSessions sessions, SecondFactorStep secondFactor, SecondFactors factors) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.secondFactor = secondFactor;
		this.factors = factors;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Sign in with e-mail and password (and, for staff, the authenticator code); returns a bearer token")
	SessionJson signIn(@Valid @RequestBody SignInJson request) {
		Caller caller = signIn.signIn(request.email(), request.password());
		switch (secondFactor.after(caller)) {
			case ENROLLMENT -> throw new BusinessRuleException("second-factor-enrollment-required",
					"Set up your authenticator first: sign in once on the staff console at /login.");
			case CODE -> {
				if (request.code() == null || request.code().isBlank()) {
					throw new InvalidInputException("code", "the code from your authenticator app is required");
				}
				if (!factors.verify(caller.accountId(), request.code())) {
					signIn.refuseSecondFactor(caller, request.email());
				}
			}
			case NONE -> {
			}
		}
		ApiSessions.Issued issued = sessions.issue(caller);
		return new SessionJson(issued.token(), issued.expiresAt(), issued.idleTimeoutSeconds());
	}

	@DeleteMapping("/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Sign out: the token dies at once")
	void signOut(HttpServletRequest request) {
		String token = BearerTokenFilter.token(request);
		if (token != null) {
			sessions.end(token);
		}
	}

	@ExceptionHandler(SignIn.Refused.class)
	ResponseEntity<ProblemDetail> refused(SignIn.Refused refused) {
		if (refused.locked()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed sign-ins for this address. Try again in %d seconds, or reset your password."
						.formatted(Math.max(1, refused.retryAfter().toSeconds())));
			problem.setTitle("Too many attempts");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfter().toSeconds()))
				.body(problem);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong e-mail or password.");
		problem.setTitle("Sign-in refused");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

	record SignInJson(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
			@Nullable @Size(max = 10) String code) {
	}

	record SessionJson(String token, Instant expiresAt, long idleTimeoutSeconds) {
	}

}
