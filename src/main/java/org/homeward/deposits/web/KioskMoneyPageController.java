package org.homeward.deposits.web;

import java.util.Locale;
import java.util.UUID;

import org.homeward.deposits.internal.InmateAccounts;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inmate's money on the kiosk: balance and statement, and stamps bought from the
 * balance (what they cost and what is left after, then confirmed).
 */
@Controller
class KioskMoneyPageController {

	private final InmateAccounts inmates;

	private final Refusals refusals;

	KioskMoneyPageController(InmateAccounts inmates, Refusals refusals) {
		this.inmates = inmates;
		this.refusals = refusals;
	}

	@GetMapping("/kiosk/account")
	String kioskAccount(Caller caller, Model model) {
		model.addAttribute("balance", inmates.balance(caller.accountId()));
		model.addAttribute("statement", inmates.statement(caller.accountId()));
		model.addAttribute("stampPrice", inmates.stampPrice(caller.accountId(), 1));
		model.addAttribute("key", UUID.randomUUID().toString());
		return "deposits/kiosk-account";
	}

	/**
	 * Stamps from the inmate's balance: first what they cost and what is left after, then
	 * (confirmed) bought.
	 */
	@PostMapping("/kiosk/stamps")
	String kioskStamps(Caller caller, @RequestParam(defaultValue = "0") int stamps, @RequestParam String key,
			@RequestParam(defaultValue = "false") boolean confirmed, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			if (!confirmed) {
				if (stamps < 1 || stamps > 100) {
					throw new InvalidInputException("stamps", "must be 1 to 100");
				}
				Money price = inmates.stampPrice(caller.accountId(), stamps);
				Money balance = inmates.balance(caller.accountId());
				model.addAttribute("stamps", stamps);
				model.addAttribute("price", price);
				model.addAttribute("balance", balance);
				model.addAttribute("after", Money.ofMinor(balance.minorUnits() - price.minorUnits(), "USD"));
				model.addAttribute("key", key);
				return "deposits/kiosk-stamps-confirm";
			}
			redirect.addFlashAttribute("stampsNow", inmates.buyStamps(caller.accountId(), stamps, key));
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/kiosk/account";
	}

}
