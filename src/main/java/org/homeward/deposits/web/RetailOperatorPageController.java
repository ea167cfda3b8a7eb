package org.homeward.deposits.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.deposits.internal.HeldCash;
import org.homeward.deposits.internal.RetailRecords;
import org.homeward.deposits.internal.RetailSettlements;
import org.homeward.directory.Directory;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator console's page for cash at stores: held payments to apply or return (each
 * with a reason, confirmed first), and the partners' settlement files with what did not
 * match. The API is {@link RetailAdminApiController}.
 */
@Controller
class RetailOperatorPageController {

	private final RetailRecords records;

	private final HeldCash payments;

	private final RetailSettlements settlements;

	private final Directory directory;

	private final Refusals refusals;

	RetailOperatorPageController(RetailRecords records, HeldCash payments, RetailSettlements settlements,
			Directory directory, Refusals refusals) {
		this.records = records;
		this.payments = payments;
		this.settlements = settlements;
		this.directory = directory;
		this.refusals = refusals;
	}

	@GetMapping("/operator/retail")
	String page(Caller caller, Model model) {
		caller.operator();
		model.addAttribute("held", records.held(200)
			.stream()
			.map(p -> Map.of("payment", p, "inmate", directory.inmate(p.inmateId())
				.map(i -> i.firstName() + " " + i.lastName() + " · " + i.inmateNumber() + " · " + i.agency().name())
				.orElse("")))
			.toList());
		model.addAttribute("settlements",
				records.settlements(30)
					.stream()
					.map(s -> Map.of("settlement", s, "mismatches", records.mismatchesOf(s.id())))
					.toList());
		model.addAttribute("today", LocalDate.now());
		return "deposits/operator-retail";
	}

	@PostMapping("/operator/retail/payments/{id}/{decision}")
	String decide(Caller caller, @PathVariable UUID id, @PathVariable String decision, @RequestParam String reason,
			Locale locale, RedirectAttributes redirect) {
		Caller operator = caller.operator();
		try {
			if (reason.isBlank() || reason.length() > 200) {
				throw new InvalidInputException("reason", "Give a reason of at most 200 characters.");
			}
			switch (decision) {
				case "apply" -> payments.apply(id, reason.trim(), operator);
				case "return" -> payments.giveBack(id, reason.trim(), operator);
				default -> throw new NotFoundException("decision");
			}
			redirect.addFlashAttribute("done", decision.equals("apply") ? "retail.applied" : "retail.returned");
		}
		catch (InvalidInputException | BusinessRuleException | ConflictException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/operator/retail";
	}

	@PostMapping("/operator/retail/settlements")
	String importFile(Caller caller, @RequestParam String partner, @RequestParam LocalDate businessDate,
			@RequestParam MultipartFile file, Locale locale, RedirectAttributes redirect) throws IOException {
		Caller operator = caller.operator();
		try {
			if (file.getSize() > RetailAdminApiController.MAX_FILE_BYTES) {
				throw new InvalidInputException("file", "is larger than 8 MB");
			}
			RetailSettlements.Reconciled reconciled = settlements.importFile(partner.trim(), businessDate,
					new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), operator);
			redirect.addFlashAttribute("imported",
					new int[] { reconciled.settlement().matched(), reconciled.settlement().lines() });
		}
		catch (InvalidInputException | ConflictException | NotFoundException refused) {
			redirect.addFlashAttribute("refused", refusals.text(refused, locale));
		}
		return "redirect:/operator/retail";
	}

}
