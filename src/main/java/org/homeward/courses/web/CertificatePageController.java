package org.homeward.courses.web;

import org.homeward.courses.internal.Certificates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public page where anyone (a parole board, an employer, a family) checks a
 * certificate by its code, signed in or not: what it says, or that no such certificate
 * was issued.
 */
@Controller
class CertificatePageController {

	private final Certificates certificates;

	CertificatePageController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/certificates")
	String ask(@RequestParam(required = false) String code) {
		if (code != null && !code.isBlank()) {
			return "redirect:/certificates/" + Certificates.normalForLink(code);
		}
		return "courses/verify";
	}

	@GetMapping("/certificates/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		model.addAttribute("code", code.length() > 20 ? code.substring(0, 20) : code);
		certificates.verify(code)
			.ifPresentOrElse(c -> model.addAttribute("certificate", c),
					() -> response.setStatus(HttpStatus.NOT_FOUND.value()));
		return "courses/verify";
	}

}
