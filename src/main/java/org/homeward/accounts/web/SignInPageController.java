package org.homeward.accounts.web;

import java.util.ArrayList;
import java.util.List;

import org.homeward.shared.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and where each kind of account lands after signing in. */
@Controller
class SignInPageController {

	private final ObjectProvider<ClientRegistrationRepository> socialProviders;

	SignInPageController(ObjectProvider<ClientRegistrationRepository> socialProviders) {
		this.socialProviders = socialProviders;
	}

	@GetMapping("/login")
	String login(Model model) {
		List<String> providers = new ArrayList<>();
		if (socialProviders.getIfAvailable() instanceof Iterable<?> registrations) {
			registrations.forEach(r -> providers.add(((ClientRegistration) r).getRegistrationId()));
		}
		model.addAttribute("socialProviders", providers);
		return "accounts/login";
	}

	@GetMapping("/home")
	String home(Caller caller) {
		return switch (caller.kind()) {
			case STAFF, OPERATOR -> "redirect:/staff";
			case FAMILY -> "redirect:/account";
			case SUPPORT -> "redirect:/support";
			default -> "redirect:/";
		};
	}

}
