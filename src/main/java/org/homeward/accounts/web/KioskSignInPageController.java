package org.homeward.accounts.web;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.homeward.accounts.internal.ApiSessions;
import org.homeward.accounts.internal.InmatePins;
import org.homeward.accounts.internal.SignIn;
import org.homeward.accounts.internal.WebSignIn;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
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

	static final String KIOSK_AGENCY = "homeward-kiosk-agency";

	private final InmatePins pins;

	private final Directory directory;

	private final WebSignIn webSignIn;

	KioskSignInPageController(InmatePins pins, Directory directory, WebSignIn webSignIn) {
		this.pins = pins;
		this.directory = directory;
		this.webSignIn = webSignIn;
	}

	/**
	 * The sign-in screen. A kiosk stands in one agency's facility: opened once as {@code
	 * /kiosk?agency=CODE}, it keeps that agency (a cookie) and never shows the list of
	 * agencies; a kiosk not set up yet shows the list.
	 */
	@GetMapping("/kiosk")
	String kiosk(@RequestParam(required = false) String agency,
			@CookieValue(name = KIOSK_AGENCY, required = false) String remembered, Model model,
			HttpServletResponse response) {
		Optional<AgencyView> chosen = Optional.ofNullable(agency)
			.filter(code -> code.length() <= 32)
			.flatMap(directory::agencyByCode);
		chosen.ifPresent(found -> response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(KIOSK_AGENCY, found.code())
					.path("/")
					.maxAge(Duration.ofDays(365))
					.httpOnly(true)
					.sameSite("Lax")
					.build()
					.toString()));
		showAgencies(chosen.or(() -> Optional.ofNullable(remembered)
			.filter(code -> code.length() <= 32)
			.flatMap(directory::agencyByCode)), model);
		return "kiosk/sign-in";
	}

	private void showAgencies(Optional<AgencyView> kioskAgency, Model model) {
		kioskAgency.ifPresentOrElse(found -> model.addAttribute("kioskAgency", found),
				() -> model.addAttribute("agencies", directory.agencies()));
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
			showAgencies(directory.agencyByCode(agencyCode), model);
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
