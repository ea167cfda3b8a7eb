package org.homeward.stamps.web;

import java.util.List;
import java.util.UUID;

import org.homeward.directory.AgencyAccess;
import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.homeward.stamps.RefundLine;
import org.homeward.stamps.internal.StampRefunds;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Platform operators give a family's unspent stamps back to the cards that bought them.
 */
@RestController
@Tag(name = "Stamps (operators)")
class StampRefundApiController {

	private final StampRefunds refunds;

	private final AgencyAccess access;

	StampRefundApiController(StampRefunds refunds, AgencyAccess access) {
		this.refunds = refunds;
		this.access = access;
	}

	@PostMapping("/api/v1/admin/stamp-refunds")
	@Operation(summary = "Refund a family's unspent stamps at an agency to their cards, at the price paid (operators)")
	RefundsJson refund(Caller caller, @Valid @RequestBody RefundRequestJson request) {
		var agency = access.toRead(caller.operator(), request.agencyCode());
		return new RefundsJson(refunds.refundUnspent(request.accountId(), agency.id(), request.reason(), caller));
	}

	@GetMapping("/api/v1/admin/agencies/{code}/stamp-refunds")
	@Operation(summary = "Every refund of unspent stamps at an agency, with the totals to the cent (operators)")
	ReportJson report(Caller caller, @PathVariable @Size(max = 32) String code) {
		caller.operator();
		List<StampRefunds.ReportLine> lines = refunds.report(access.toRead(caller, code).id());
		long refunded = lines.stream()
			.filter(l -> l.status().equals("REFUNDED"))
			.mapToLong(l -> l.amount().minorUnits())
			.sum();
		long owed = lines.stream().filter(l -> l.status().equals("OWED")).mapToLong(l -> l.amount().minorUnits()).sum();
		return new ReportJson(lines, lines.stream().mapToInt(StampRefunds.ReportLine::stamps).sum(),
				Money.ofMinor(refunded, "USD"), Money.ofMinor(owed, "USD"));
	}

	record ReportJson(List<StampRefunds.ReportLine> refunds, int stamps, Money toCards, Money owed) {
	}

	record RefundRequestJson(@NotNull UUID accountId, @NotBlank @Size(max = 32) String agencyCode,
			@NotBlank @Size(max = 200) String reason) {
	}

	record RefundsJson(List<RefundLine> refunds) {
	}

}
