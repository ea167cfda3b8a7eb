package org.homeward.deposits.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.deposits.internal.DepositRecords;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.deposits.internal.Deposits;
import org.homeward.deposits.internal.InmateAccounts;
import org.homeward.deposits.internal.PaySlips;
import org.homeward.deposits.internal.RecurringDeposits;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's money pages: send money in two steps (choose, then see the fee and total
 * and pay; the confirmation carries an idempotency key, so pressing "Pay" twice sends
 * once), the receipt, history, recurring deposits. The inmate's money on the kiosk is
 * {@link KioskMoneyPageController}.
 */
@Controller
class DepositPageController {

	private final Deposits deposits;

	private final DepositRecords records;

	private final RecurringDeposits recurring;

	private final Payments payments;

	private final Contacts contacts;

	private final Directory directory;

	private final Refusals refusals;

	private final PaySlips slips;

	DepositPageController(Deposits deposits, DepositRecords records, RecurringDeposits recurring,
			InmateAccounts inmates, Payments payments, Contacts contacts, Directory directory, Refusals refusals,
			PaySlips slips) {
		this.slips = slips;
		this.deposits = deposits;
		this.records = records;
		this.recurring = recurring;
		this.payments = payments;
		this.contacts = contacts;
		this.directory = directory;
		this.refusals = refusals;
	}

	@GetMapping("/deposits")
	String deposits(Caller caller, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable UUID inmate, Model model) {
		UUID account = caller.accountId();
		Map<UUID, InmateView> recipients = new LinkedHashMap<>();
		for (ContactView contact : contacts.ofAccount(account)) {
			if (contact.active()) {
				directory.inmate(contact.inmateId()).ifPresent(i -> recipients.put(i.id(), i));
			}
		}
		if (state != null && number != null && state.matches("[A-Za-z]{2}")
				&& number.matches("\\s*[A-Za-z0-9-]{1,32}\\s*")) {
			directory.findByStateAndNumber(state, number).forEach(i -> recipients.putIfAbsent(i.id(), i));
		}
		model.addAttribute("recipients", new ArrayList<>(recipients.values()));
		model.addAttribute("states", new TreeSet<>(directory.agencies().stream().map(AgencyView::state).toList()));
		List<PaymentMethodView> cards = payments.methods(account);
		List<Deposit> history = records.of(account, 50);
		model.addAttribute("cards", cards);
		// the person they came from (a contact's "send money"), else the one they sent to
		// last
		model.addAttribute("chosenInmate", inmate != null && recipients.containsKey(inmate) ? inmate
				: history.stream().map(Deposit::inmateId).filter(recipients::containsKey).findFirst().orElse(null));
		// a card that worked: the one of their newest completed deposit, else the newest
		// card never declined
		model.addAttribute("chosenCard",
				history.stream()
					.filter(d -> d.status().equals("COMPLETED"))
					.map(Deposit::paymentMethod)
					.filter(id -> cards.stream().anyMatch(c -> c.id().equals(id)))
					.findFirst()
					.or(() -> cards.stream()
						.map(PaymentMethodView::id)
						.filter(id -> history.stream()
							.noneMatch(d -> d.paymentMethod().equals(id) && d.status().equals("DECLINED")))
						.findFirst())
					.orElse(null));
		model.addAttribute("history",
				history.stream().map(d -> Map.of("deposit", d, "to", deposits.recipientOf(d))).toList());
		model.addAttribute("slips", slips.of(account));
		model.addAttribute("plans",
				recurring.of(account)
					.stream()
					.map(p -> Map.of("plan", p, "to", deposits.recipientOfInmate(p.inmateId())))
					.toList());
		return "deposits/deposits";
	}

	@PostMapping("/deposits/confirm")
	String confirm(Caller caller, @RequestParam UUID inmateId, @RequestParam String amount, @RequestParam UUID card,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			Money money = money(amount);
			model.addAttribute("quote", deposits.quote(inmateId, money));
			model.addAttribute("inmate", directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate")));
			model.addAttribute("card", ownCard(caller, card));
			model.addAttribute("key", UUID.randomUUID().toString());
			return "deposits/confirm";
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/deposits";
		}
	}

	@PostMapping("/deposits")
	String send(Caller caller, @RequestParam UUID inmateId, @RequestParam String amount, @RequestParam UUID card,
			@RequestParam String key, Locale locale, RedirectAttributes redirect) {
		try {
			Deposits.Outcome outcome = deposits.sendToInmate(caller.accountId(), key, inmateId, money(amount), card,
					null);
			if (outcome instanceof Deposits.Outcome.Declined declined) {
				redirect.addFlashAttribute("declined", declined.reason());
				return "redirect:/deposits";
			}
			return "redirect:/deposits/" + outcome.deposit().id();
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/deposits";
		}
	}

	@GetMapping("/deposits/{id}")
	String receipt(Caller caller, @PathVariable UUID id, Model model) {
		Deposit deposit = records.byId(id)
			.filter(d -> d.accountId().equals(caller.accountId()))
			.orElseThrow(() -> new NotFoundException("deposit"));
		model.addAttribute("deposit", deposit);
		model.addAttribute("to", deposits.recipientOf(deposit));
		return "deposits/receipt";
	}

	/**
	 * A monthly deposit: first the fee and what is charged each month, then (confirmed)
	 * the plan.
	 */
	@PostMapping("/deposits/recurring")
	String plan(Caller caller, @RequestParam UUID inmateId, @RequestParam String amount, @RequestParam UUID card,
			@RequestParam(defaultValue = "0") int dayOfMonth, @RequestParam(defaultValue = "false") boolean confirmed,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			PaymentMethodView method = ownCard(caller, card);
			if (!confirmed) {
				if (dayOfMonth < 1 || dayOfMonth > 28) {
					throw new InvalidInputException("dayOfMonth", "must be 1 to 28");
				}
				model.addAttribute("quote", deposits.quote(inmateId, money(amount)));
				model.addAttribute("inmate",
						directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate")));
				model.addAttribute("card", method);
				model.addAttribute("dayOfMonth", dayOfMonth);
				return "deposits/recurring-confirm";
			}
			recurring.create(caller.accountId(), inmateId, money(amount), card, dayOfMonth);
			redirect.addFlashAttribute("planned", true);
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/deposits";
	}

	@PostMapping("/deposits/recurring/{id}/{change}")
	String changePlan(Caller caller, @PathVariable UUID id, @PathVariable String change) {
		String status = switch (change) {
			case "pause" -> "PAUSED";
			case "resume" -> "ACTIVE";
			case "cancel" -> "CANCELLED";
			default -> throw new NotFoundException("change");
		};
		recurring.change(caller.accountId(), id, status);
		return "redirect:/deposits";
	}

	private PaymentMethodView ownCard(Caller caller, UUID card) {
		return payments.methods(caller.accountId())
			.stream()
			.filter(m -> m.id().equals(card))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(
					InvalidInputException.FieldError.of("card", "own-card", "is not one of your saved cards")));
	}

	/**
	 * An amount typed on a form.
	 * @throws InvalidInputException naming {@code amount} when it is not dollars and
	 * cents
	 */
	static Money money(String amount) {
		if (!amount.trim().matches(Money.AMOUNT_FORMAT)) {
			throw new InvalidInputException(InvalidInputException.FieldError.of("amount", "amount-format",
					"Enter an amount in dollars and cents, such as 25.00."));
		}
		return Money.of(amount.trim(), Money.USD);
	}

}
