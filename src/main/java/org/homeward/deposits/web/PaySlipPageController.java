package org.homeward.deposits.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.deposits.internal.Deposits;
import org.homeward.deposits.internal.PaySlips;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Refusals;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;

/**
 * Pay slips on the web, for anyone who knows an inmate's agency and number (a family
 * signed in keeps theirs): the form, the fee and total before printing, and the slip to
 * print or show at the counter, with its barcode.
 */
@Controller
class PaySlipPageController {

	private final PaySlips slips;

	private final Directory directory;

	private final Refusals refusals;

	PaySlipPageController(PaySlips slips, Directory directory, Refusals refusals) {
		this.slips = slips;
		this.directory = directory;
		this.refusals = refusals;
	}

	@GetMapping("/pay-slips/new")
	String form(@RequestParam(required = false) @Nullable UUID inmate,
			@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String amount, Model model) {
		InmateView chosen = inmate == null ? null : directory.inmate(inmate).orElse(null);
		model.addAttribute("agencies", directory.agencies());
		model.addAttribute("agency", chosen != null ? chosen.agency().code() : agency);
		model.addAttribute("number", chosen != null ? chosen.inmateNumber() : number);
		model.addAttribute("amount", amount);
		return "deposits/pay-slip-new";
	}

	@PostMapping("/pay-slips/review")
	String review(@RequestParam String agency, @RequestParam String number, @RequestParam String amount, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			InmateView inmate = inmate(agency, number);
			Deposits.Quote quote = slips.quote(inmate.id(), DepositPageController.money(amount));
			model.addAttribute("inmate", inmate);
			model.addAttribute("quote", quote);
			model.addAttribute("validDays", PaySlips.VALID_FOR.toDays());
			return "deposits/pay-slip-review";
		}
		catch (InvalidInputException | BusinessRuleException | NotFoundException refused) {
			return back(refused, agency, number, amount, locale, redirect);
		}
	}

	@PostMapping("/pay-slips")
	String issue(@Nullable Caller caller, @RequestParam UUID inmateId, @RequestParam String amount, Locale locale,
			RedirectAttributes redirect) {
		InmateView inmate = directory.inmate(inmateId).orElseThrow(() -> new NotFoundException("inmate"));
		try {
			UUID account = caller != null && caller.kind() == Caller.Kind.FAMILY ? caller.accountId() : null;
			PaySlips.Slip slip = slips.issue(account, inmateId, DepositPageController.money(amount));
			return "redirect:/pay-slips/" + slip.slip().reference();
		}
		catch (InvalidInputException | BusinessRuleException refused) {
			return back(refused, inmate.agency().code(), inmate.inmateNumber(), amount, locale, redirect);
		}
	}

	@GetMapping("/pay-slips/{reference}")
	String slip(@PathVariable String reference, Model model) {
		model.addAttribute("slip", slips.find(reference).orElseThrow(() -> new NotFoundException("pay slip")));
		return "deposits/pay-slip";
	}

	/** The reference as a Code 128 barcode, as store scanners read. */
	@GetMapping("/pay-slips/{reference}/barcode.png")
	ResponseEntity<byte[]> barcode(@PathVariable String reference) {
		PaySlips.Slip slip = slips.find(reference).orElseThrow(() -> new NotFoundException("pay slip"));
		var matrix = new Code128Writer().encode(slip.slip().reference(), BarcodeFormat.CODE_128, 360, 90,
				Map.of(EncodeHintType.MARGIN, 10));
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
			.body(png.toByteArray());
	}

	private String back(RuntimeException refused, String agency, String number, String amount, Locale locale,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("refused",
				refused instanceof NotFoundException
						? refusals.text(new BusinessRuleException("inmate-not-found",
								"No one with that number is in the custody of that agency."), locale)
						: refusals.text(refused, locale));
		redirect.addAttribute("agency", agency);
		redirect.addAttribute("number", number);
		redirect.addAttribute("amount", amount);
		return "redirect:/pay-slips/new";
	}

	private InmateView inmate(String agency, String number) {
		AgencyView found = directory.agencyByCode(agency.trim()).orElseThrow(() -> new NotFoundException("agency"));
		if (!number.trim().matches("[A-Za-z0-9-]{1,32}")) {
			throw new NotFoundException("inmate");
		}
		return directory.inmateByNumber(found.id(), number.trim().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("inmate"));
	}

}
