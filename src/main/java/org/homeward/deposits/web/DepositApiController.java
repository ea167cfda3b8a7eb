package org.homeward.deposits.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.deposits.internal.DepositRecords;
import org.homeward.deposits.internal.DepositRecords.Deposit;
import org.homeward.deposits.internal.Deposits;
import org.homeward.deposits.internal.RecurringDeposits;
import org.homeward.deposits.internal.Supervision;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.AgencyView;
import org.homeward.shared.Caller;
import org.homeward.shared.CardDeclined;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Sending money over the API: the family's deposits, recurring deposits and supervision
 * payments.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deposits")
class DepositApiController {

	private final Deposits deposits;

	private final DepositRecords records;

	private final RecurringDeposits recurring;

	private final Supervision supervision;

	private final AgencyAccess access;

	DepositApiController(Deposits deposits, DepositRecords records, RecurringDeposits recurring,
			Supervision supervision, AgencyAccess access) {
		this.access = access;
		this.deposits = deposits;
		this.records = records;
		this.recurring = recurring;
		this.supervision = supervision;
	}

	@GetMapping("/deposits/quote")
	@Operation(summary = "The fee and total of a deposit, before confirming")
	QuoteJson quote(Caller caller, @RequestParam UUID inmateId,
			@RequestParam @Size(max = 19) @Pattern(regexp = Money.AMOUNT_FORMAT,
					message = "must be an amount such as 25.00") String amount) {
		caller.family();
		Deposits.Quote quote = deposits.quote(inmateId, Money.of(amount, Money.USD));
		return new QuoteJson(quote.amount(), quote.fee(), quote.total(), quote.commission());
	}

	@PostMapping("/deposits")
	@Operation(
			summary = "Send money to an inmate with a saved card; needs an Idempotency-Key (a repeat sends nothing more)")
	@ApiResponse(responseCode = "201", description = "Sent: the money is on the inmate's account",
			content = @Content(schema = @Schema(implementation = DepositJson.class)))
	@ApiResponse(responseCode = "202", description = "The card's answer is not known yet: the deposit is processing",
			content = @Content(schema = @Schema(implementation = DepositJson.class)))
	@ApiResponse(responseCode = "402", ref = "CardDeclined")
	ResponseEntity<?> send(Caller caller,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
					message = "must be 1 to 255 characters") String key,
			@Valid @RequestBody DepositRequestJson request) {
		return answer(deposits.sendToInmate(caller.family(), key, request.inmateId(), request.amount(),
				request.paymentMethodId(), null));
	}

	@GetMapping("/deposits")
	@Operation(summary = "Your deposits and payments, newest first, with their status")
	List<DepositJson> history(Caller caller) {
		return records.of(caller.family(), 200).stream().map(DepositJson::of).toList();
	}

	@GetMapping("/deposits/{id}")
	@Operation(summary = "One of your deposits or payments: the receipt")
	DepositJson deposit(Caller caller, @PathVariable UUID id) {
		return records.byId(id)
			.filter(d -> d.accountId().equals(caller.family()))
			.map(DepositJson::of)
			.orElseThrow(() -> new NotFoundException("deposit"));
	}

	@PostMapping("/recurring-deposits")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send the same amount every month on a day (1 to 28)")
	RecurringDeposits.Plan createPlan(Caller caller, @Valid @RequestBody RecurringJson request) {
		return recurring.create(caller.family(), request.inmateId(), request.amount(), request.paymentMethodId(),
				request.dayOfMonth());
	}

	@GetMapping("/recurring-deposits")
	@Operation(summary = "Your recurring deposits")
	List<RecurringDeposits.Plan> plans(Caller caller) {
		return recurring.of(caller.family());
	}

	@PostMapping("/recurring-deposits/{id}/pause")
	@Operation(summary = "Pause a recurring deposit")
	RecurringDeposits.Plan pause(Caller caller, @PathVariable UUID id) {
		return recurring.change(caller.family(), id, "PAUSED");
	}

	@PostMapping("/recurring-deposits/{id}/resume")
	@Operation(summary = "Resume a paused recurring deposit from its next day")
	RecurringDeposits.Plan resume(Caller caller, @PathVariable UUID id) {
		return recurring.change(caller.family(), id, "ACTIVE");
	}

	@DeleteMapping("/recurring-deposits/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Cancel a recurring deposit")
	void cancel(Caller caller, @PathVariable UUID id) {
		recurring.change(caller.family(), id, "CANCELLED");
	}

	@GetMapping("/supervision-cases")
	@Operation(summary = "Find a person under an agency's supervision by case number")
	CaseJson findCase(Caller caller, @RequestParam @Size(max = 32) String agencyCode,
			@RequestParam @Size(max = 32) String caseNumber) {
		caller.family();
		AgencyView agency = access.toAnyone(agencyCode);
		Supervision.Case person = supervision.find(agency.id(), caseNumber)
			.filter(Supervision.Case::active)
			.orElseThrow(() -> new NotFoundException("supervision case"));
		return new CaseJson(person.id(), person.caseNumber(),
				person.firstName() + " " + person.lastName().charAt(0) + ".", agency.code(), Supervision.OBLIGATIONS);
	}

	@PostMapping("/supervision-payments")
	@Operation(
			summary = "Pay supervision fees, restitution or court costs for a person under supervision; needs an Idempotency-Key")
	@ApiResponse(responseCode = "201", description = "Sent: the payment is made",
			content = @Content(schema = @Schema(implementation = DepositJson.class)))
	@ApiResponse(responseCode = "202", description = "The card's answer is not known yet: the deposit is processing",
			content = @Content(schema = @Schema(implementation = DepositJson.class)))
	@ApiResponse(responseCode = "402", ref = "CardDeclined")
	ResponseEntity<?> payForSupervision(Caller caller,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
					message = "must be 1 to 255 characters") String key,
			@Valid @RequestBody SupervisionPaymentJson request) {
		return answer(deposits.payForSupervision(caller.family(), key, request.caseId(), request.obligation(),
				request.amount(), request.paymentMethodId()));
	}

	private static ResponseEntity<?> answer(Deposits.Outcome outcome) {
		if (outcome instanceof Deposits.Outcome.Completed completed) {
			return ResponseEntity.status(HttpStatus.CREATED).body(DepositJson.of(completed.deposit()));
		}
		if (outcome instanceof Deposits.Outcome.Declined declined) {
			return CardDeclined.answer(declined.reason(), "No money was sent", "depositId", declined.deposit().id());
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(DepositJson.of(outcome.deposit()));
	}

	record DepositRequestJson(@NotNull UUID inmateId, @NotNull Money amount, @NotNull UUID paymentMethodId) {
	}

	record RecurringJson(@NotNull UUID inmateId, @NotNull Money amount, @NotNull UUID paymentMethodId,
			@Min(1) @Max(28) int dayOfMonth) {
	}

	record SupervisionPaymentJson(@NotNull UUID caseId,
			@NotNull @Pattern(regexp = "SUPERVISION_FEE|RESTITUTION|COURT_COSTS",
					message = "must be SUPERVISION_FEE, RESTITUTION or COURT_COSTS") String obligation,
			@NotNull Money amount, @NotNull UUID paymentMethodId) {
	}

	record QuoteJson(Money amount, Money fee, Money total, Money commission) {
	}

	record DepositJson(UUID id, String kind, @Nullable UUID inmateId, @Nullable UUID caseId,
			@Nullable String obligation, Money amount, Money fee, Money commission, Money total, String status,
			@Nullable String declineReason, Instant createdAt, @Nullable Instant completedAt) {

		static DepositJson of(Deposit d) {
			return new DepositJson(d.id(), d.kind(), d.inmateId(), d.supervisionId(), d.obligation(), d.amount(),
					d.fee(), d.commission(), d.total(), d.status(), d.declineReason(), d.createdAt(), d.completedAt());
		}

	}

	record CaseJson(UUID id, String caseNumber, String name, String agencyCode, List<String> obligations) {
	}

}
