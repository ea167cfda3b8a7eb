package org.homeward.accounts.web;

import java.util.List;
import java.util.Locale;

import org.homeward.accounts.internal.FamilyAccounts;
import org.homeward.accounts.internal.PasswordResets;
import org.homeward.accounts.internal.ProfileChanges;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The family member's account page, changing the password, and "forgot password" by
 * e-mail.
 */
@Controller
class FamilyAccountPageController {

	private final FamilyAccounts accounts;

	private final PasswordResets resets;

	private final ProfileChanges changes;

	private final Refusals refusals;

	FamilyAccountPageController(FamilyAccounts accounts, PasswordResets resets, ProfileChanges changes,
			Refusals refusals) {
		this.accounts = accounts;
		this.resets = resets;
		this.changes = changes;
		this.refusals = refusals;
	}

	@GetMapping("/account")
	String account(Caller caller, Model model) {
		model.addAttribute("profile",
				accounts.profile(caller.accountId()).orElseThrow(() -> new NotFoundException("account")));
		return "accounts/account";
	}

	@PostMapping("/account/password")
	String changePassword(Caller caller, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, HttpSession session, Locale locale, Model model,
			RedirectAttributes redirect) {
		return change(caller, locale, model, redirect, "account.password.changed", () -> accounts.changePassword(caller,
				currentPassword, newPassword, confirmPassword, new FamilyAccounts.SignedInHere(session.getId(), null)));
	}

	/**
	 * Makes a change from the account page: back to the page with a message, or the page
	 * again with field errors.
	 */
	private String change(Caller caller, Locale locale, Model model, RedirectAttributes redirect, String message,
			Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("message", message);
			return "redirect:/account";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fieldErrors", refusals.byField(ex, locale));
			return account(caller, model);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("refused", refusals.text(ex, locale));
			return account(caller, model);
		}
	}

	@PostMapping("/account/email")
	String changeEmail(Caller caller, @RequestParam String newEmail, @RequestParam String confirmEmail, Locale locale,
			Model model, RedirectAttributes redirect) {
		return change(caller, locale, model, redirect, "account.email.sent",
				() -> changes.requestEmailChange(caller, newEmail, confirmEmail, locale));
	}

	@PostMapping("/account/phones")
	String phones(Caller caller, @RequestParam List<String> phones, Locale locale, Model model,
			RedirectAttributes redirect) {
		String region = accounts.profile(caller.accountId()).map(p -> p.address().country()).orElse("US");
		return change(caller, locale, model, redirect, "account.phones.saved",
				() -> changes.replacePhones(caller, phones.stream().filter(p -> !p.isBlank()).toList(), region));
	}

	@GetMapping("/account/close")
	String closeForm(Caller caller, Locale locale, Model model) {
		model.addAttribute("consequences", changes.closureConsequences(caller, locale));
		return "accounts/close";
	}

	@PostMapping("/account/close")
	String close(Caller caller, @RequestParam String password, Locale locale, Model model, HttpServletRequest request)
			throws ServletException {
		try {
			changes.close(caller, password);
			request.logout();
			return "redirect:/?closed";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fieldErrors", refusals.byField(ex, locale));
			return closeForm(caller, locale, model);
		}
	}

	@GetMapping("/email-confirm/{token}")
	String confirmEmailForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "accounts/email-confirm";
	}

	@PostMapping("/email-confirm/{token}")
	String confirmEmail(@PathVariable String token, Locale locale, Model model) {
		try {
			changes.confirmEmailChange(token);
			model.addAttribute("confirmed", true);
		}
		catch (InvalidInputException | BusinessRuleException ex) {
			model.addAttribute("error", refusals.text(ex, locale));
		}
		model.addAttribute("token", token);
		return "accounts/email-confirm";
	}

	@GetMapping("/forgot-password")
	String forgotForm() {
		return "accounts/forgot-password";
	}

	@PostMapping("/forgot-password")
	String forgot(@RequestParam String email, Locale locale, Model model) {
		if (email.isBlank() || email.length() > 254) {
			model.addAttribute("error", "forgot.error.email");
			return "accounts/forgot-password";
		}
		resets.request(email, locale);
		model.addAttribute("sent", true);
		return "accounts/forgot-password";
	}

	@GetMapping("/password-reset/{token}")
	String resetForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", resets.usable(token));
		return "accounts/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam String newPassword, @RequestParam String confirmPassword,
			Locale locale, Model model) {
		try {
			resets.complete(token, newPassword, confirmPassword, locale);
			return "redirect:/login?reset";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fieldErrors", refusals.byField(ex, locale));
			model.addAttribute("token", token);
			model.addAttribute("usable", resets.usable(token));
			return "accounts/password-reset";
		}
	}

}
