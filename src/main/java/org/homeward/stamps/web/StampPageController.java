package org.homeward.stamps.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.accounts.Members;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.StampBundle;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.homeward.stamps.PurchaseOutcome;
import org.homeward.stamps.Stamps;
import org.homeward.stamps.internal.StampPurchases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's stamps pages: balances and history, and buying a bundle in two steps —
 * choose, then see the total and pay. The confirmation carries an idempotency key, so
 * pressing "Pay" twice buys once.
 */
@Controller
class StampPageController {

	/** A bundle on offer at an agency, as the buying form lists it. */
	record Offer(AgencyView agency, StampBundle bundle) {
	}

	private final Stamps stamps;

	private final StampPurchases purchases;

	private final Payments payments;

	private final Directory directory;

	private final Contracts contracts;

	private final Members members;

	private final Refusals refusals;

	StampPageController(Stamps stamps, StampPurchases purchases, Payments payments, Directory directory,
			Contracts contracts, Members members, Refusals refusals) {
		this.stamps = stamps;
		this.purchases = purchases;
		this.payments = payments;
		this.directory = directory;
		this.contracts = contracts;
		this.members = members;
		this.refusals = refusals;
	}

	@GetMapping("/stamps")
	String stamps(Caller caller, Model model) {
		model.addAttribute("balances", stamps.balances(caller.accountId()));
		model.addAttribute("agencyNames",
				directory.agencies().stream().collect(Collectors.toMap(AgencyView::code, AgencyView::name)));
		model.addAttribute("history", purchases.history(caller.accountId()));
		model.addAttribute("offers", offers());
		model.addAttribute("cards", payments.methods(caller.accountId()));
		return "stamps/stamps";
	}

	@PostMapping("/stamps/confirm")
	String confirm(Caller caller, @RequestParam String offer, @RequestParam UUID card, Model model) {
		Offer chosen = offers().stream()
			.filter(o -> (o.agency().code() + ":" + o.bundle().id()).equals(offer))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("stamp bundle"));
		PaymentMethodView method = payments.methods(caller.accountId())
			.stream()
			.filter(m -> m.id().equals(card))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("payment method"));
		model.addAttribute("offer", chosen);
		model.addAttribute("card", method);
		model.addAttribute("key", UUID.randomUUID().toString());
		return "stamps/confirm";
	}

	@PostMapping("/stamps/buy")
	String buy(Caller caller, @RequestParam String key, @RequestParam String agencyCode, @RequestParam UUID bundle,
			@RequestParam UUID card, Locale locale, RedirectAttributes redirect) {
		try {
			PurchaseOutcome outcome = purchases.purchase(caller.accountId(),
					members.emailOf(caller.accountId()).orElse(""), key, agencyCode, bundle, card, locale);
			if (outcome instanceof PurchaseOutcome.Completed completed) {
				redirect.addFlashAttribute("bought", completed);
			}
			else if (outcome instanceof PurchaseOutcome.Declined declined) {
				redirect.addFlashAttribute("declined", declined.reason());
			}
			else {
				redirect.addFlashAttribute("processing", true);
			}
		}
		catch (BusinessRuleException | InvalidInputException ex) {
			redirect.addFlashAttribute("refused", refusals.text(ex, locale));
		}
		return "redirect:/stamps";
	}

	private List<Offer> offers() {
		return directory.agencies()
			.stream()
			.flatMap(agency -> contracts.contractOf(agency.id())
				.stream()
				.flatMap(contract -> contract.priceBook()
					.stampBundles()
					.stream()
					.map(bundle -> new Offer(agency, bundle))))
			.toList();
	}

}
