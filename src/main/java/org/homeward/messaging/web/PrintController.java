package org.homeward.messaging.web;

import java.io.IOException;
import java.util.UUID;

import org.homeward.directory.Directory;
import org.homeward.messaging.internal.PrintBatches;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The mailroom's printed mail page in the staff console (the API is
 * {@link PrintApiController}).
 */
@Controller
@Tag(name = "Printed mail")
class PrintController {

	private final PrintBatches batches;

	private final Directory directory;

	PrintController(PrintBatches batches, Directory directory) {
		this.batches = batches;
		this.directory = directory;
	}

	@GetMapping("/staff/print")
	String page(Caller caller, Model model) {
		TenantId agency = mailroom(caller);
		model.addAttribute("facilities", directory.facilities(agency));
		model.addAttribute("queued", batches.queued(agency, caller));
		model.addAttribute("batches", batches.batches(agency, caller));
		return "messaging/print";
	}

	@PostMapping("/staff/print")
	String createFromPage(Caller caller, @RequestParam UUID facilityId) {
		batches.create(mailroom(caller), facilityId, caller);
		return "redirect:/staff/print";
	}

	@GetMapping("/staff/print/{id}.pdf")
	void pdfFromPage(Caller caller, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		PrintApiController.pdf(batches, mailroom(caller), id, caller, response);
	}

	static TenantId mailroom(Caller caller) {
		return caller.staffAgency(Role.MAILROOM);
	}

}
