package org.homeward.deposits.web;

import java.time.LocalDate;
import java.util.UUID;

import org.homeward.deposits.internal.DepositReversals;
import org.homeward.deposits.internal.ReleasePayoutFile;
import org.homeward.deposits.internal.Settlements;
import org.homeward.deposits.web.DepositApiController.DepositJson;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.shared.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What operators and agencies do with deposits: refunds and chargebacks (operators),
 * settlement files (agencies).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deposits")
class DepositAdminApiController {

	private final DepositReversals reversals;

	private final Settlements settlements;

	private final AgencyAccess access;

	private final ReleasePayoutFile releases;

	DepositAdminApiController(DepositReversals reversals, Settlements settlements, AgencyAccess access,
			ReleasePayoutFile releases) {
		this.releases = releases;
		this.reversals = reversals;
		this.settlements = settlements;
		this.access = access;
	}

	@PostMapping("/admin/deposits/{id}/refund")
	@Operation(summary = "Give an unspent deposit back to its card (platform operators)")
	DepositJson refund(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReasonJson reason) {
		return DepositJson.of(reversals.refund(id, reason.reason(), caller.operator()));
	}

	@PostMapping("/admin/deposits/{id}/chargeback")
	@Operation(summary = "Record a card chargeback: the deposit is reversed even if spent (platform operators)")
	DepositJson chargeBack(Caller caller, @PathVariable UUID id, @Valid @RequestBody ReasonJson reason) {
		return DepositJson.of(reversals.chargeBack(id, reason.reason(), caller.operator()));
	}

	@GetMapping(path = "/agencies/{code}/settlements/{date}.csv", produces = "text/csv")
	@Operation(summary = "The agency's settlement file for a day (UTC): agency administrators and operators")
	ResponseEntity<String> settlementFile(Caller caller, @PathVariable @Size(max = 32) String code,
			@PathVariable LocalDate date) {
		AgencyView agency = access.toAdminister(caller, code);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"settlement-" + agency.code() + "-" + date + ".csv\"")
			.body(settlements.csv(agency.id(), date));
	}

	@GetMapping("/agencies/{code}/settlements/{date}")
	@Operation(summary = "The day's settlement totals beside the ledger's, and whether they match to the cent")
	Settlements.Report settlementReport(Caller caller, @PathVariable @Size(max = 32) String code,
			@PathVariable LocalDate date) {
		return settlements.report(access.toAdminister(caller, code).id(), date);
	}

	@GetMapping(path = "/agencies/{code}/release-payouts/{date}.csv", produces = "text/csv")
	@Operation(summary = "The trust office's file of a day (UTC): what released people had left and how it was paid out"
			+ " (to family cards, or by the trust office): agency administrators and operators")
	ResponseEntity<String> releasePayouts(Caller caller, @PathVariable @Size(max = 32) String code,
			@PathVariable LocalDate date) {
		AgencyView agency = access.toAdminister(caller, code);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"release-payouts-" + agency.code() + "-" + date + ".csv\"")
			.body(releases.file(agency.id(), date));
	}

	record ReasonJson(@NotBlank @Size(max = 200) String reason) {
	}

}
