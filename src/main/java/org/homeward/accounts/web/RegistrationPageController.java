package org.homeward.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.PostalAddress;
import org.homeward.accounts.internal.FamilyAccounts;
import org.homeward.accounts.internal.Registration;
import org.homeward.accounts.internal.WebSignIn;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateStatus;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Registration as families know it: it starts from the loved one found on the landing
 * page, then the form, then an explicit acceptance of the terms. On success the new
 * member is signed in.
 */
@Controller
class RegistrationPageController {

	private final FamilyAccounts accounts;

	private final Directory directory;

	private final WebSignIn webSignIn;

	private final Refusals refusals;

	RegistrationPageController(FamilyAccounts accounts, Directory directory, WebSignIn webSignIn, Refusals refusals) {
		this.accounts = accounts;
		this.directory = directory;
		this.webSignIn = webSignIn;
		this.refusals = refusals;
	}

	@GetMapping("/register")
	String form(@RequestParam(required = false) @Nullable UUID inmate, Model model) {
		model.addAttribute("form", RegistrationForm.empty(inmate));
		return page(inmate, model);
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") RegistrationForm form, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			Caller caller = accounts.register(form.toRegistration(locale));
			webSignIn.signIn(caller, request, response);
			return "redirect:/account?welcome";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fieldErrors", refusals.byField(ex, locale));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("formError", refusals.text(ex, locale));
		}
		return page(form.inmateId(), model);
	}

	private String page(@Nullable UUID inmate, Model model) {
		if (inmate != null) {
			directory.inmate(inmate)
				.filter(i -> i.status() == InmateStatus.ACTIVE)
				.ifPresent(i -> model.addAttribute("inmate", i));
		}
		return "accounts/register";
	}

	record RegistrationForm(@Nullable String email, @Nullable String password, @Nullable String confirmPassword,
			@Nullable String firstName, @Nullable String lastName, @Nullable String phone, @Nullable String line1,
			@Nullable String line2, @Nullable String city, @Nullable String region, @Nullable String postalCode,
			@Nullable String country, boolean acceptTerms, @Nullable UUID inmateId) {

		static RegistrationForm empty(@Nullable UUID inmate) {
			return new RegistrationForm("", "", "", "", "", "", "", "", "", "", "", "US", false, inmate);
		}

		Registration toRegistration(Locale locale) {
			return new Registration(text(email), text(password), text(confirmPassword), text(firstName), text(lastName),
					text(phone).isBlank() ? List.of() : List.of(text(phone)),
					new PostalAddress(text(line1), line2, text(city), region, postalCode, text(country)), acceptTerms,
					inmateId, locale);
		}

		private static String text(@Nullable String value) {
			return value == null ? "" : value;
		}

	}

}
