package org.homeward.messaging.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.messaging.internal.PrintBatches;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Printed mail over the API: batches per facility and their PDFs. */
@RestController
@Tag(name = "Printed mail")
class PrintApiController {

	private final PrintBatches batches;

	PrintApiController(PrintBatches batches) {
		this.batches = batches;
	}

	@GetMapping("/api/v1/staff/print-batches")
	@Operation(summary = "Messages waiting to be printed per facility, and the agency's print batches")
	PrintJson list(Caller caller) {
		TenantId agency = PrintController.mailroom(caller);
		return new PrintJson(batches.queued(agency, caller), batches.batches(agency, caller));
	}

	@PostMapping("/api/v1/staff/print-batches")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Gather a facility's waiting messages into a print batch (they become PRINTED)")
	PrintBatches.Batch create(Caller caller, @Valid @RequestBody BatchRequest request) {
		TenantId agency = PrintController.mailroom(caller);
		return batches.create(agency, request.facilityId(), caller)
			.orElseThrow(() -> new BusinessRuleException("nothing-to-print",
					"No message waits to be printed at this facility."));
	}

	@GetMapping("/api/v1/staff/print-batches/{id}.pdf")
	@Operation(summary = "A print batch as a PDF; printing it again is a reprint, and is audited")
	void pdf(Caller caller, @PathVariable UUID id, HttpServletResponse response) throws IOException {
		pdf(batches, PrintController.mailroom(caller), id, caller, response);
	}

	static void pdf(PrintBatches batches, TenantId agency, UUID id, Caller caller, HttpServletResponse response)
			throws IOException {
		batches.batch(agency, id, caller).orElseThrow(() -> new NotFoundException("print batch"));
		MessageApiController.pdf(response, "print-batch-" + id + ".pdf", out -> batches.pdf(agency, id, caller, out));
	}

	record BatchRequest(@NotNull UUID facilityId) {
	}

	record PrintJson(Map<UUID, Integer> queued, List<PrintBatches.Batch> batches) {
	}

}
