package org.homeward.deposits.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.deposits.internal.HeldCash;
import org.homeward.deposits.internal.RetailRecords;
import org.homeward.deposits.internal.RetailRecords.Mismatch;
import org.homeward.deposits.internal.RetailRecords.RetailPayment;
import org.homeward.deposits.internal.RetailRecords.Settlement;
import org.homeward.deposits.internal.RetailSettlements;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The operator's side of cash at stores: payments held because they could not be applied
 * (apply or return them), and the retail partners' daily settlement files.
 */
@RestController
@RequestMapping("/api/v1/admin/retail")
@Tag(name = "Retail deposits")
class RetailAdminApiController {

	/** The largest settlement file accepted. */
	static final long MAX_FILE_BYTES = 8 * 1024 * 1024;

	private final HeldCash payments;

	private final RetailRecords records;

	private final RetailSettlements settlements;

	RetailAdminApiController(HeldCash payments, RetailRecords records, RetailSettlements settlements) {
		this.payments = payments;
		this.records = records;
		this.settlements = settlements;
	}

	@GetMapping("/held-payments")
	@Operation(summary = "Cash stores took that could not be applied, the longest-waiting first (operators)")
	List<HeldJson> held(Caller caller) {
		caller.operator();
		return records.held(500).stream().map(HeldJson::of).toList();
	}

	@PostMapping("/payments/{id}/apply")
	@Operation(summary = "Apply held cash to the inmate's balance, once they can receive it (operators; audited)")
	HeldJson apply(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReasonJson reason) {
		return HeldJson.of(payments.apply(id, reason.reason(), caller.operator()));
	}

	@PostMapping("/payments/{id}/return")
	@Operation(summary = "Return held cash through the retail network to the payer (operators; audited)")
	HeldJson giveBack(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReasonJson reason) {
		return HeldJson.of(payments.giveBack(id, reason.reason(), caller.operator()));
	}

	@PostMapping(path = "/partners/{partner}/settlements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a partner's settlement file for a business day (UTC) and list what does not match"
			+ " what the partner confirmed (operators)")
	ReconciledJson importFile(Caller caller, @PathVariable @Size(max = 32) String partner,
			@RequestParam LocalDate businessDate, @RequestParam MultipartFile file) throws IOException {
		Caller operator = caller.operator();
		if (file.getSize() > MAX_FILE_BYTES) {
			throw new InvalidInputException("file", "is larger than 8 MB");
		}
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return ReconciledJson.of(settlements.importFile(partner, businessDate, csv, operator));
		}
	}

	@GetMapping("/settlements")
	@Operation(summary = "The settlement files imported, newest business day first, with their mismatches")
	List<ReconciledJson> imported(Caller caller) {
		caller.operator();
		return records.settlements(60)
			.stream()
			.map(s -> ReconciledJson.of(new RetailSettlements.Reconciled(s, records.mismatchesOf(s.id()))))
			.toList();
	}

	record ReasonJson(@NotBlank @Size(max = 200) String reason) {
	}

	record HeldJson(UUID id, String partner, String transactionId, UUID inmateId, Money amount, Money fee,
			String status, @Nullable String heldBecause, Instant receivedAt, @Nullable Instant decidedAt,
			@Nullable String decidedBy) {

		static HeldJson of(RetailPayment p) {
			return new HeldJson(p.id(), p.partner(), p.transactionId(), p.inmateId(), p.amount(), p.fee(),
					p.status().name(), p.holdReason(), p.receivedAt(), p.decidedAt(), p.decidedBy());
		}

	}

	record ReconciledJson(UUID id, String partner, LocalDate businessDate, int lines, int matched, Money total,
			Instant importedAt, List<Mismatch> mismatches) {

		static ReconciledJson of(RetailSettlements.Reconciled r) {
			Settlement s = r.settlement();
			return new ReconciledJson(s.id(), s.partner(), s.businessDate(), s.lines(), s.matched(), s.total(),
					s.importedAt(), r.mismatches());
		}

	}

}
