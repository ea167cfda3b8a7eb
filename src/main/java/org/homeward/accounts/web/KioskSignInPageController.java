package org.homeward.accounts.web;

import java.util.Set;

import org.homeward.accounts.internal.ApiSessions;
import org.homeward.accounts.internal.InmatePins;
import org.homeward.accounts.internal.SignIn;
import org.homeward.accounts.internal.WebSignIn;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The kiosk's sign-in page: agency, inmate number and PIN, with the same lockout as the
 * kiosk API. The page session then belongs to the inmate until they sign out or the kiosk
 * sits idle.
 */
@Controller
class KioskSignInPageController {

	private final InmatePins pins;

	private final Directory directory;

	private final WebSignIn webSignIn;

	KioskSignInPageController(InmatePins pins, Directory directory, WebSignIn webSignIn) {
		this.pins = pins;
		this.directory = directory;
		this.webSignIn = webSignIn;
	}

	@GetMapping("/kiosk")
	String kiosk(Model model) {
		model.addAttribute("agencies", directory.agencies());
		return "kiosk/sign-in";
	}

	@PostMapping("/kiosk/sign-in")
	String signIn(@RequestParam String agencyCode, @RequestParam String inmateNumber, @RequestParam String pin,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		var inmate = directory.agencyByCode(agencyCode)
			.flatMap(agency -> directory.inmateByNumber(agency.id(), inmateNumber));
		try {
			ApiSessions.Issued issued = pins.signIn(inmate, pin);
			pins.end(issued.token());
		}
		catch (SignIn.Refused refused) {
			model.addAttribute("agencies", directory.agencies());
			model.addAttribute("refused", refused.locked() ? "locked" : "wrong");
			model.addAttribute("inmateNumber", inmateNumber);
			return "kiosk/sign-in";
		}
		InmateView who = inmate.orElseThrow();
		webSignIn.signIn(new Caller(who.id(), Caller.Kind.INMATE, who.firstName() + " " + who.lastName(),
				who.agency().id(), who.facility().id(), Set.of()), request, response);
		return "redirect:/kiosk/inbox";
	}

}
