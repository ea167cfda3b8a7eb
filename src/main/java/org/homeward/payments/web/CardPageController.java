package org.homeward.payments.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.payments.Payments;
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

/** The family's saved cards page: list, add (checked field by field), remove. */
@Controller
class CardPageController {

	private final Payments payments;

	private final Refusals refusals;

	CardPageController(Payments payments, Refusals refusals) {
		this.payments = payments;
		this.refusals = refusals;
	}

	@GetMapping("/account/cards")
	String cards(Caller caller, Model model) {
		model.addAttribute("cards", payments.methods(caller.accountId()));
		return "payments/cards";
	}

	@PostMapping("/account/cards")
	String add(Caller caller, @RequestParam String cardNumber, @RequestParam(defaultValue = "0") int expiryMonth,
			@RequestParam(defaultValue = "0") int expiryYear, @RequestParam String cvc,
			@RequestParam String cardholderName, @RequestParam String line1,
			@RequestParam(required = false) String line2, @RequestParam String city,
			@RequestParam(required = false) String region, @RequestParam(required = false) String postalCode,
			@RequestParam String country, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			payments.add(caller.accountId(), new CardDetails(cardNumber, expiryMonth, expiryYear, cvc, cardholderName,
					new BillingAddress(line1, line2, city, region, postalCode, country)));
			redirect.addFlashAttribute("added", true);
			return "redirect:/account/cards";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fieldErrors", refusals.byField(ex, locale));
			// what was typed comes back, but never the card's number or CVC
			Map<String, Object> typed = new HashMap<>();
			typed.put("expiryMonth", expiryMonth == 0 ? "" : expiryMonth);
			typed.put("expiryYear", expiryYear == 0 ? "" : expiryYear);
			typed.put("cardholderName", cardholderName);
			typed.put("line1", line1);
			typed.put("line2", line2);
			typed.put("city", city);
			typed.put("region", region);
			typed.put("postalCode", postalCode);
			typed.put("country", country);
			model.addAttribute("typed", typed);
			return cards(caller, model);
		}
	}

	@GetMapping("/account/cards/{id}/edit")
	String edit(Caller caller, @PathVariable UUID id, Model model) {
		model.addAttribute("card",
				payments.methods(caller.accountId())
					.stream()
					.filter(c -> c.id().equals(id))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("payment method")));
		return "payments/edit-card";
	}

	@PostMapping("/account/cards/{id}")
	String update(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "0") int expiryMonth,
			@RequestParam(defaultValue = "0") int expiryYear, @RequestParam String line1,
			@RequestParam(required = false) String line2, @RequestParam String city,
			@RequestParam(required = false) String region, @RequestParam(required = false) String postalCode,
			@RequestParam String country, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			payments.update(caller.accountId(), id, expiryMonth, expiryYear,
					new BillingAddress(line1, line2, city, region, postalCode, country));
			redirect.addFlashAttribute("updated", true);
			return "redirect:/account/cards";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fieldErrors", refusals.byField(ex, locale));
			return edit(caller, id, model);
		}
	}

	@PostMapping("/account/cards/{id}/delete")
	String delete(Caller caller, @PathVariable UUID id) {
		payments.delete(caller.accountId(), id);
		return "redirect:/account/cards";
	}

}
