package org.homeward.deposits.web;

import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.FeeChannel;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.deposits.internal.Deposits;
import org.homeward.deposits.internal.PhoneDeposits;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support console's money pages: a deposit by phone for a family in two steps (to
 * whom and how much, then the PHONE fee and total to read out, beside the online fee, and
 * the card read over the phone), and a deposit's page, where the agent sends its receipt
 * again or refunds it, each with a reason.
 */
@Controller
class SupportDepositPageController {

	private final PhoneDeposits phone;

	private final Deposits deposits;

	private final Contacts contacts;

	private final Directory directory;

	private final Members members;

	private final Refusals refusals;

	SupportDepositPageController(PhoneDeposits phone, Deposits deposits, Contacts contacts, Directory directory,
			Members members, Refusals refusals) {
		this.phone = phone;
		this.deposits = deposits;
		this.contacts = contacts;
		this.directory = directory;
		this.members = members;
		this.refusals = refusals;
	}

	@GetMapping("/support/families/{account}/phone-deposit")
	String choose(Caller caller, @PathVariable UUID account, Model model) {
		caller.supportAgent();
		model.addAttribute("family", family(account));
		model.addAttribute("recipients",
				contacts.ofAccount(account)
					.stream()
					.filter(ContactView::active)
					.flatMap(c -> directory.inmate(c.inmateId()).stream())
					.toList());
		return "deposits/support-phone";
	}

	@PostMapping("/support/families/{account}/phone-deposit/confirm")
	String confirm(Caller caller, @PathVariable UUID account, @RequestParam UUID inmateId, @RequestParam String amount,
			@RequestParam String reason, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			Money money = DepositPageController.money(amount);
			Deposits.Quote quote = phone.quote(caller, account, inmateId, money);
			model.addAttribute("family", family(account));
			model.addAttribute("inmate", inmate(inmateId));
			model.addAttribute("quote", quote);
			model.addAttribute("online", deposits.quote(inmateId, money, FeeChannel.ONLINE));
			model.addAttribute("reason", reason);
			model.addAttribute("key", UUID.randomUUID().toString());
			return "deposits/support-phone-confirm";
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/support/families/" + account + "/phone-deposit";
		}
	}

	@PostMapping("/support/families/{account}/phone-deposit")
	String send(Caller caller, @PathVariable UUID account, @RequestParam UUID inmateId, @RequestParam String amount,
			@RequestParam String reason, @RequestParam String key, @RequestParam String cardNumber,
			@RequestParam String expiryMonth, @RequestParam String expiryYear, @RequestParam String cvc,
			@RequestParam String cardholderName, @RequestParam String line1, @RequestParam String city,
			@RequestParam String region, @RequestParam String postalCode, Locale locale, RedirectAttributes redirect) {
		try {
			if (!expiryMonth.trim().matches("\\d{1,2}") || !expiryYear.trim().matches("\\d{2}|\\d{4}")) {
				throw new InvalidInputException("expiryMonth",
						"Give the card's expiry as month and year, such as 12 / 2030.");
			}
			CardDetails card = new CardDetails(cardNumber.replaceAll("[\\s-]", ""),
					Integer.parseInt(expiryMonth.trim()), Integer.parseInt(expiryYear.trim()), cvc, cardholderName,
					new BillingAddress(line1, null, city, region, postalCode, "US"));
			Deposits.Outcome outcome = phone.send(caller, account, key, inmateId, DepositPageController.money(amount),
					card, reason);
			if (outcome instanceof Deposits.Outcome.Declined declined) {
				redirect.addFlashAttribute("refused",
						refusals.text(
								new BusinessRuleException("card-declined",
										"The card was declined (" + declined.reason() + "): nothing was charged."),
								locale));
				return "redirect:/support/families/" + account + "/phone-deposit";
			}
			return "redirect:/support/deposits/" + outcome.deposit().id();
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
			return "redirect:/support/families/" + account + "/phone-deposit";
		}
	}

	@GetMapping("/support/deposits/{id}")
	String deposit(Caller caller, @PathVariable UUID id, Model model) {
		Deposit deposit = phone.deposit(caller, id);
		model.addAttribute("deposit", deposit);
		model.addAttribute("to", deposits.recipientOf(deposit));
		model.addAttribute("family", family(deposit.accountId()));
		model.addAttribute("operator", caller.isOperator());
		return "deposits/support-deposit";
	}

	@PostMapping("/support/deposits/{id}/{action}")
	String act(Caller caller, @PathVariable UUID id, @PathVariable String action, @RequestParam String reason,
			Locale locale, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "receipt" -> phone.resendReceipt(caller, id, reason);
				case "refund" -> phone.refund(caller, id, reason);
				case "chargeback" -> phone.chargeBack(caller, id, reason);
				default -> throw new NotFoundException("action");
			}
			redirect.addFlashAttribute("done", action);
		}
		catch (InvalidInputException | BusinessRuleException | ConflictException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/support/deposits/" + id;
	}

	private Members.Member family(UUID account) {
		return members.member(account).orElseThrow(() -> new NotFoundException("family account"));
	}

	private InmateView inmate(UUID id) {
		return directory.inmate(id).orElseThrow(() -> new NotFoundException("inmate"));
	}

}
