package org.homeward.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The terms of service and the privacy notice, public and in plain words: what a family agrees to at registration. */
@Controller
class LegalPagesController {

	@GetMapping("/terms")
	String terms() {
		return "accounts/terms";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "accounts/privacy";
	}

}
