package org.homeward.contracts.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.FeeTier;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.InvalidInputException.FieldError;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's deposit fees, edited by its administrators (or an operator): one channel
 * at a time, tiers as rows; the change is checked (every error beside its field and in a
 * summary), then shown with what families will pay before and after, then saved and
 * audited. Deposits already made keep their fees.
 */
@Controller
class FeePageController {

	private static final int EMPTY_ROWS = 2;

	private final Contracts contracts;

	private final AgencyAccess access;

	private final Refusals refusals;

	private final MessageSource messages;

	FeePageController(Contracts contracts, AgencyAccess access, Refusals refusals, MessageSource messages) {
		this.contracts = contracts;
		this.access = access;
		this.refusals = refusals;
		this.messages = messages;
	}

	/** A row of the form, as typed. */
	record Row(String upTo, String fee) {
	}

	@GetMapping("/staff/contract/fees")
	String fees(Caller caller, @RequestParam(required = false) @Nullable String agency,
			@RequestParam(defaultValue = "ONLINE") FeeChannel channel, Model model) {
		AgencyView own = access.ownToAdminister(caller, agency);
		List<Row> rows = new ArrayList<>();
		for (FeeTier tier : tiers(contract(own), channel)) {
			rows.add(new Row(tier.upTo().toDecimalString(), tier.fee().toDecimalString()));
		}
		return form(own, channel, rows, Map.of(), List.of(), model);
	}

	@PostMapping("/staff/contract/fees/review")
	String review(Caller caller, @RequestParam(required = false) @Nullable String agency,
			@RequestParam FeeChannel channel, @RequestParam(name = "upTo", defaultValue = "") List<String> upTo,
			@RequestParam(name = "fee", defaultValue = "") List<String> fee, Locale locale, Model model) {
		AgencyView own = access.ownToAdminister(caller, agency);
		List<Row> rows = rows(upTo, fee);
		List<FieldError> errors = new ArrayList<>();
		List<FeeTier> tiers = parse(channel, rows, errors);
		if (errors.isEmpty()) {
			errors.addAll(contracts.checkDepositFees(own.id(), channel, tiers));
		}
		if (!errors.isEmpty()) {
			InvalidInputException invalid = new InvalidInputException("The fee tiers cannot be saved.", errors);
			return form(own, channel, rows, refusals.byField(invalid, locale),
					List.copyOf(new LinkedHashSet<>(
							refusals.byField(invalid, locale).values().stream().flatMap(List::stream).toList())),
					model);
		}
		List<FeeTier> before = tiers(contract(own), channel);
		model.addAttribute("agency", own);
		model.addAttribute("channel", channel);
		model.addAttribute("before", before);
		model.addAttribute("after", tiers);
		model.addAttribute("rows", rows);
		model.addAttribute("examples", examples(before, tiers, contract(own), locale));
		return "contracts/fees-review";
	}

	@PostMapping("/staff/contract/fees")
	String save(Caller caller, @RequestParam(required = false) @Nullable String agency,
			@RequestParam FeeChannel channel, @RequestParam(name = "upTo", defaultValue = "") List<String> upTo,
			@RequestParam(name = "fee", defaultValue = "") List<String> fee, Locale locale, Model model,
			RedirectAttributes redirect) {
		AgencyView own = access.ownToAdminister(caller, agency);
		List<Row> rows = rows(upTo, fee);
		List<FieldError> errors = new ArrayList<>();
		List<FeeTier> tiers = parse(channel, rows, errors);
		try {
			if (!errors.isEmpty()) {
				throw new InvalidInputException("The fee tiers cannot be saved.", errors);
			}
			contracts.setDepositFees(own.id(), channel, tiers, caller);
		}
		catch (InvalidInputException invalid) {
			return form(own, channel, rows, refusals.byField(invalid, locale), List.of(refusals.text(invalid, locale)),
					model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/contract/fees?agency=" + own.code() + "&channel=" + channel;
	}

	private String form(AgencyView agency, FeeChannel channel, List<Row> rows, Map<String, List<String>> errors,
			List<String> summary, Model model) {
		List<Row> shown = new ArrayList<>(rows);
		for (int i = 0; i < EMPTY_ROWS; i++) {
			shown.add(new Row("", ""));
		}
		model.addAttribute("agency", agency);
		model.addAttribute("channel", channel);
		model.addAttribute("channels", FeeChannel.values());
		model.addAttribute("current", tiers(contract(agency), channel));
		model.addAttribute("rows", shown);
		model.addAttribute("fieldErrors", errors);
		model.addAttribute("summary", summary);
		return "contracts/fees";
	}

	/** The rows typed, without the empty ones. */
	private static List<Row> rows(List<String> upTo, List<String> fee) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < Math.min(Math.max(upTo.size(), fee.size()), 20); i++) {
			String up = i < upTo.size() ? upTo.get(i).trim() : "";
			String amount = i < fee.size() ? fee.get(i).trim() : "";
			if (!up.isEmpty() || !amount.isEmpty()) {
				rows.add(new Row(up, amount));
			}
		}
		return rows;
	}

	private static List<FeeTier> parse(FeeChannel channel, List<Row> rows, List<FieldError> errors) {
		List<FeeTier> tiers = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Money upTo = amount(rows.get(i).upTo(), "tiers[" + i + "].upTo", errors);
			Money fee = amount(rows.get(i).fee(), "tiers[" + i + "].fee", errors);
			if (upTo != null && fee != null) {
				tiers.add(new FeeTier(channel, upTo, fee));
			}
		}
		return tiers;
	}

	private static @Nullable Money amount(String typed, String field, List<FieldError> errors) {
		String plain = typed.replace("$", "").replace(",", "").trim();
		// a negative amount is read, so that the contract's rules name what is wrong with
		// it
		boolean negative = plain.startsWith("-");
		if (!(negative ? plain.substring(1) : plain).matches(Money.AMOUNT_FORMAT)) {
			errors.add(FieldError.of(field, "amount", "Write an amount such as 4.95."));
			return null;
		}
		return Money.of(plain, Money.USD);
	}

	/** What a few usual deposits cost before and after. */
	private List<String> examples(List<FeeTier> before, List<FeeTier> after, ContractView contract, Locale locale) {
		Set<Money> amounts = new LinkedHashSet<>();
		for (String amount : List.of("20.00", "50.00", "100.00", "200.00")) {
			Money money = Money.of(amount, Money.USD);
			if (money.compareTo(contract.priceBook().depositLimits().perDeposit()) <= 0) {
				amounts.add(money);
			}
		}
		List<String> lines = new ArrayList<>();
		for (Money amount : amounts) {
			Money was = fee(before, amount);
			Money will = fee(after, amount);
			String none = messages.getMessage("fees.exampleNone",
					new Object[] { amount.toDisplayString(), was == null ? "—" : was.toDisplayString() }, locale);
			lines.add(
					will == null ? none
							: messages.getMessage(
									"fees.example", new Object[] { amount.toDisplayString(),
											was == null ? "—" : was.toDisplayString(), will.toDisplayString() },
									locale));
		}
		return lines;
	}

	private static @Nullable Money fee(List<FeeTier> tiers, Money amount) {
		return tiers.stream().filter(t -> amount.compareTo(t.upTo()) <= 0).map(FeeTier::fee).findFirst().orElse(null);
	}

	private static List<FeeTier> tiers(ContractView contract, FeeChannel channel) {
		return contract.priceBook().depositFees().stream().filter(t -> t.channel() == channel).toList();
	}

	private ContractView contract(AgencyView agency) {
		return contracts.contractOf(agency.id()).orElseThrow(() -> new NotFoundException("contract"));
	}

}
