package org.homeward.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The terms of service and the privacy notice, public and in plain words: what a family
 * agrees to at registration.
 */
@Controller
class LegalPagesController {

	@GetMapping("/terms")
	String terms(Model model) {
		model.addAttribute("page", "terms");
		return "accounts/legal";
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("page", "privacy");
		return "accounts/legal";
	}

}
