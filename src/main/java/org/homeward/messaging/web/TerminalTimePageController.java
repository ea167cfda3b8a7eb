package org.homeward.messaging.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.homeward.deposits.InmateBalances;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.PriceBook;
import org.homeward.messaging.internal.TerminalMeter;
import org.homeward.messaging.internal.TerminalMinutes;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Terminal time at the kiosk, where the inmate pays by the minute: the counter's reading
 * (which charges the session, so time passes while a message is read), and the page that
 * shows the minutes left, sells the contract's blocks (each with its price, beside the
 * balance) and lists past sessions with their minutes.
 */
@Controller
class TerminalTimePageController {

	private final TerminalTime terminal;

	private final TerminalMeter meter;

	private final TerminalMinutes minutes;

	private final InmateBalances balances;

	private final Contracts contracts;

	private final MessageSource messages;

	private final Refusals refusals;

	TerminalTimePageController(TerminalTime terminal, TerminalMeter meter, TerminalMinutes minutes,
			InmateBalances balances, Contracts contracts, MessageSource messages, Refusals refusals) {
		this.terminal = terminal;
		this.meter = meter;
		this.minutes = minutes;
		this.balances = balances;
		this.contracts = contracts;
		this.messages = messages;
		this.refusals = refusals;
	}

	/** The counter's reading, every few seconds while a messaging page is open. */
	@GetMapping("/kiosk/meter")
	@ResponseBody
	Map<String, Object> reading(Caller caller, HttpServletRequest request, Locale locale) {
		caller.inmate();
		return terminal.charge(request)
			.<Map<String, Object>>map(r -> Map.of("metered", true, "minutes", r.minutesLeft(), "warning", r.warning(),
					"ranOut", r.ranOut(), "text",
					messages.getMessage("terminal.left", new Object[] { r.minutesLeft() }, locale)))
			.orElse(Map.of("metered", false));
	}

	@GetMapping("/kiosk/minutes")
	String page(Caller caller, @RequestParam(defaultValue = "false") boolean out, Model model) {
		UUID inmate = caller.inmate();
		PriceBook prices = caller.agency() == null ? null
				: contracts.contractOf(caller.agency()).map(c -> c.priceBook()).orElse(null);
		model.addAttribute("left", minutes.left(inmate));
		model.addAttribute("prices", prices);
		model.addAttribute("balance", balances.balance(inmate));
		model.addAttribute("sessions", meter.sessions(inmate, 20));
		model.addAttribute("out", out);
		model.addAttribute("key", UUID.randomUUID().toString());
		return "messaging/kiosk-minutes";
	}

	@PostMapping("/kiosk/minutes")
	String buy(Caller caller, @RequestParam int minutes, @RequestParam String key, Locale locale,
			RedirectAttributes redirect) {
		try {
			TerminalMinutes.Bought bought = this.minutes.buy(caller.inmate(), minutes, key);
			redirect.addFlashAttribute("bought", bought);
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/kiosk/minutes";
	}

}
