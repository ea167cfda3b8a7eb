package org.homeward.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.FamilyProfile;
import org.homeward.accounts.PostalAddress;
import org.homeward.accounts.internal.FamilyAccounts;
import org.homeward.accounts.internal.PasswordResets;
import org.homeward.accounts.internal.ProfileChanges;
import org.homeward.accounts.internal.Registration;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Family accounts over the API: registration, the profile, the password and "forgot
 * password".
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Family accounts")
class FamilyAccountApiController {

	private final FamilyAccounts accounts;

	private final PasswordResets resets;

	private final ProfileChanges changes;

	FamilyAccountApiController(FamilyAccounts accounts, PasswordResets resets, ProfileChanges changes) {
		this.accounts = accounts;
		this.resets = resets;
		this.changes = changes;
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a family account, optionally starting from an inmate (who then becomes a contact)")
	AccountJson register(@Valid @RequestBody RegistrationJson request, Locale locale) {
		Caller caller = accounts.register(request.toRegistration(locale));
		FamilyProfile profile = accounts.profile(caller.accountId()).orElseThrow();
		return new AccountJson(profile.id(), profile.email(), profile.firstName(), profile.lastName());
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in family member's account")
	FamilyProfile me(Caller caller) {
		caller.family();
		return accounts.profile(caller.accountId()).orElseThrow(() -> new NotFoundException("account"));
	}

	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the password: the current one, then the new one twice")
	void changePassword(Caller caller, @Valid @RequestBody PasswordChangeJson request,
			@Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		caller.family();
		accounts.changePassword(caller, request.currentPassword(), request.newPassword(), request.confirmPassword(),
				new FamilyAccounts.SignedInHere(null, authorization.replaceFirst("(?i)^Bearer\\s+", "")));
	}

	@PostMapping("/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "E-mail a reset link if an account has this address; the answer is the same either way")
	void requestReset(@Valid @RequestBody ResetRequestJson request, Locale locale) {
		resets.request(request.email(), locale);
	}

	@PostMapping("/password-resets/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password with the token from the reset e-mail")
	void completeReset(@PathVariable @Size(max = 128) String token, @Valid @RequestBody NewPasswordJson request,
			Locale locale) {
		resets.complete(token, request.newPassword(), request.confirmPassword(), locale);
	}

	@PostMapping("/me/email")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Change the e-mail address (twice); it changes when the link sent to the new one is used")
	void changeEmail(Caller caller, @Valid @RequestBody EmailChangeJson request, Locale locale) {
		caller.family();
		changes.requestEmailChange(caller, request.newEmail(), request.confirmEmail(), locale);
	}

	@PostMapping("/email-confirmations/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Confirm a new e-mail address with the token from the confirmation e-mail")
	void confirmEmail(@PathVariable @Size(max = 128) String token) {
		changes.confirmEmailChange(token);
	}

	@PutMapping("/me/phones")
	@Operation(summary = "Replace the phone numbers (stored in E.164)")
	PhonesJson phones(Caller caller, @Valid @RequestBody PhonesJson request) {
		caller.family();
		String region = accounts.profile(caller.accountId()).map(p -> p.address().country()).orElse("US");
		return new PhonesJson(changes.replacePhones(caller, request.phones(), region));
	}

	@GetMapping("/me/closure")
	@Operation(summary = "What closing the account would mean for balances and history, before confirming")
	ClosureJson closure(Caller caller, Locale locale) {
		caller.family();
		return new ClosureJson(changes.closureConsequences(caller, locale));
	}

	@PostMapping("/me/closure")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Close the account (the password confirms it); its sessions end at once")
	void close(Caller caller, @Valid @RequestBody CloseJson request) {
		caller.family();
		changes.close(caller, request.password());
	}

	record EmailChangeJson(@NotNull @Size(max = 254) String newEmail, @NotNull @Size(max = 254) String confirmEmail) {
	}

	record PhonesJson(@NotNull @Size(min = 1, max = 5) List<@NotNull @Size(max = 30) String> phones) {
	}

	record ClosureJson(List<String> consequences) {
	}

	record CloseJson(@NotNull @Size(max = 128) String password) {
	}

	record RegistrationJson(@NotNull @Size(max = 254) String email, @NotNull @Size(max = 128) String password,
			@Nullable @Size(max = 128) String confirmPassword, @NotNull @Size(max = 100) String firstName,
			@NotNull @Size(max = 100) String lastName,
			@NotNull @Size(max = 5) List<@NotNull @Size(max = 30) String> phones, @NotNull @Valid AddressJson address,
			boolean acceptTerms, @Nullable UUID inmateId) {

		Registration toRegistration(Locale locale) {
			return new Registration(email, password, confirmPassword == null ? password : confirmPassword, firstName,
					lastName, phones, address.toAddress(), acceptTerms, inmateId, locale);
		}

	}

	record AddressJson(@NotNull @Size(max = 200) String line1, @Nullable @Size(max = 200) String line2,
			@NotNull @Size(max = 100) String city, @Nullable @Size(max = 100) String region,
			@Nullable @Size(max = 20) String postalCode, @NotNull @Size(max = 2) String country) {

		PostalAddress toAddress() {
			return new PostalAddress(line1, line2, city, region, postalCode, country);
		}

	}

	record AccountJson(UUID id, String email, String firstName, String lastName) {
	}

	record PasswordChangeJson(@NotNull @Size(max = 128) String currentPassword,
			@NotNull @Size(max = 128) String newPassword, @NotNull @Size(max = 128) String confirmPassword) {
	}

	record ResetRequestJson(@NotNull @Size(min = 3, max = 254) String email) {
	}

	record NewPasswordJson(@NotNull @Size(max = 128) String newPassword,
			@NotNull @Size(max = 128) String confirmPassword) {
	}

}
