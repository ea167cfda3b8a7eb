package org.homeward.accounts.web;

import org.homeward.accounts.internal.PendingSecondFactor;
import org.homeward.accounts.internal.SecondFactorStep;
import org.homeward.accounts.internal.SecondFactors;
import org.homeward.accounts.internal.WebSignIn;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The second step of a staff sign-in: the code from the authenticator app, or, the first
 * time, setting the app up from a QR code and proving it works with one code.
 */
@Controller
class SecondFactorPageController {

	private static final String OFFERED_SECRET = "homeward.second-factor.offered";

	private final SecondFactors factors;

	private final WebSignIn webSignIn;

	SecondFactorPageController(SecondFactors factors, WebSignIn webSignIn) {
		this.factors = factors;
		this.webSignIn = webSignIn;
	}

	@GetMapping("/login/second-factor")
	String form(HttpSession session, Model model) {
		PendingSecondFactor.Who who = pending();
		if (who.need() == SecondFactorStep.Need.ENROLLMENT) {
			SecondFactors.Enrollment offer = factors.offer(who.caller().displayName());
			session.setAttribute(OFFERED_SECRET, offer.secret());
			model.addAttribute("enrollment", offer);
		}
		return "accounts/second-factor";
	}

	@PostMapping("/login/second-factor")
	String verify(@RequestParam String code, HttpSession session, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		PendingSecondFactor.Who who = pending();
		boolean accepted;
		if (who.need() == SecondFactorStep.Need.ENROLLMENT) {
			String secret = (String) session.getAttribute(OFFERED_SECRET);
			accepted = secret != null && factors.enroll(who.caller(), secret, code);
		}
		else {
			accepted = factors.verify(who.caller().accountId(), code);
		}
		if (!accepted) {
			model.addAttribute("error", true);
			return form(session, model);
		}
		session.removeAttribute(OFFERED_SECRET);
		webSignIn.signIn(who.caller(), request, response);
		return "redirect:/home";
	}

	private static PendingSecondFactor.Who pending() {
		return ((PendingSecondFactor) SecurityContextHolder.getContext().getAuthentication()).getPrincipal();
	}

}
