package org.homeward.accounts.web;

import org.homeward.shared.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff console's home: who is signed in, and the tools of their roles. */
@Controller
class StaffHomeController {

	@GetMapping("/staff")
	String home(Caller caller, Model model) {
		model.addAttribute("caller", caller);
		return "accounts/staff-home";
	}

}
