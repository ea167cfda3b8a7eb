package org.homeward.deposits.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.deposits.internal.PaySlips;
import org.homeward.deposits.internal.RetailPartners;
import org.homeward.deposits.internal.RetailPayments;
import org.homeward.deposits.internal.RetailRecords;
import org.homeward.deposits.internal.RetailRecords.RetailPayment;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cash at a store over the API: pay slips for families (and anyone with an inmate's
 * agency and number), and the retail network's signed confirmations of cash its stores
 * took.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Retail deposits")
class RetailApiController {

	private final PaySlips slips;

	private final RetailPartners partners;

	private final RetailPayments payments;

	private final Directory directory;

	private final AgencyAccess access;

	private final JsonMapper json;

	RetailApiController(PaySlips slips, RetailPartners partners, RetailPayments payments, Directory directory,
			AgencyAccess access, JsonMapper json) {
		this.slips = slips;
		this.partners = partners;
		this.payments = payments;
		this.directory = directory;
		this.access = access;
		this.json = json;
	}

	@PostMapping("/deposits/pay-slips")
	@Operation(
			summary = "A pay slip for cash at a store: the agency's receive code, a reference to scan, the walk-in fee"
					+ " and total; by a family (then kept in their account) or anyone with the inmate's agency and number")
	ResponseEntity<SlipJson> issue(@Nullable Caller caller, @Valid @RequestBody SlipRequestJson request) {
		UUID inmate = request.inmateId();
		if (inmate == null) {
			if (request.agencyCode() == null || request.inmateNumber() == null) {
				throw new InvalidInputException("inmateId", "give the inmate's id, or agencyCode and inmateNumber");
			}
			inmate = directory.inmateByNumber(access.toAnyone(request.agencyCode()).id(), request.inmateNumber().trim())
				.orElseThrow(() -> new NotFoundException("inmate"))
				.id();
		}
		UUID account = caller != null && caller.kind() == Caller.Kind.FAMILY ? caller.accountId() : null;
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(SlipJson.of(slips.issue(account, inmate, request.amount())));
	}

	@GetMapping("/deposits/pay-slips")
	@Operation(summary = "Your pay slips, newest first, with whether each was paid")
	List<SlipJson> mine(Caller caller) {
		return slips.of(caller.family()).stream().map(SlipJson::of).toList();
	}

	@GetMapping("/deposits/pay-slips/{reference}")
	@Operation(summary = "A pay slip by its reference: whether it was paid, or has expired")
	SlipJson slip(@PathVariable @Size(max = 20) String reference) {
		return slips.find(reference).map(SlipJson::of).orElseThrow(() -> new NotFoundException("pay slip"));
	}

	@PostMapping(path = "/partners/retail/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A retail partner confirms cash one of its stores took for a pay slip (signed; idempotent"
			+ " by transactionId)")
	@ApiResponse(responseCode = "201",
			description = "Recorded: APPLIED to the inmate's balance, or HELD for the"
					+ " operator when the person can no longer receive it",
			content = @Content(schema = @Schema(implementation = PaymentJson.class)))
	@ApiResponse(responseCode = "401", description = "Unknown partner, stale timestamp, wrong or replayed signature")
	ResponseEntity<PaymentJson> confirm(@RequestHeader("X-Homeward-Partner") @Size(max = 32) String partner,
			@RequestHeader("X-Homeward-Timestamp") @Size(max = 20) String timestamp,
			@RequestHeader("X-Homeward-Signature") @Size(max = 128) String signature,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The payment, signed as it is sent (the signature covers these exact bytes)",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = PartnerPaymentJson.class))) @RequestBody byte[] body) {
		partners.verify(partner, timestamp, signature, body);
		PartnerPaymentJson request;
		try {
			request = json.readValue(new String(body, StandardCharsets.UTF_8), PartnerPaymentJson.class);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body",
					"must be JSON with transactionId, reference and amount ({\"amount\": \"25.00\", \"currency\": \"USD\"})");
		}
		request.validate();
		RetailPayments.Confirmed confirmed = payments.confirm(partner, request.transactionId(), request.reference(),
				request.amount(), request.receiveCode());
		return ResponseEntity.status(confirmed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(PaymentJson.of(confirmed.payment()));
	}

	@ExceptionHandler(RetailPartners.SignatureRefused.class)
	ResponseEntity<ProblemDetail> refused(RetailPartners.SignatureRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		problem.setTitle("Signature refused");
		problem.setType(java.net.URI.create("/problems/" + ex.code()));
		problem.setProperty("code", ex.code());
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	record SlipRequestJson(@Nullable UUID inmateId, @Nullable @Size(max = 32) String agencyCode,
			@Nullable @Size(max = 32) String inmateNumber, @NotNull Money amount) {
	}

	record PartnerPaymentJson(@Nullable @Size(max = 64) String transactionId,
			@Nullable @Size(max = 20) String reference, @Nullable Money amount,
			@Nullable @Size(max = 4) String receiveCode) {

		void validate() {
			if (transactionId == null || transactionId.isBlank() || transactionId.length() > 64) {
				throw new InvalidInputException("transactionId", "must be 1 to 64 characters");
			}
			if (reference == null || !reference.replace(" ", "").matches("\\d{1,20}")) {
				throw new InvalidInputException("reference", "must be the pay slip's reference (digits)");
			}
			if (amount == null) {
				throw new InvalidInputException("amount",
						"must be given, such as {\"amount\": \"25.00\", \"currency\": \"USD\"}");
			}
			if (receiveCode != null && !receiveCode.matches("\\d{4}")) {
				throw new InvalidInputException("receiveCode", "must be four digits");
			}
		}

	}

	record InmateJson(UUID id, String inmateNumber, String name, String agencyCode, String agencyName) {
	}

	record SlipJson(String reference, String receiveCode, InmateJson inmate, Money amount, Money fee, Money total,
			String barcode, String status, Instant createdAt, Instant expiresAt, @Nullable Instant paidAt) {

		static SlipJson of(PaySlips.Slip s) {
			var i = s.inmate();
			return new SlipJson(s.slip().reference(), s.receiveCode(),
					new InmateJson(i.id(), i.inmateNumber(), i.firstName() + " " + i.lastName(), i.agency().code(),
							i.agency().name()),
					s.slip().amount(), s.slip().fee(), s.slip().total(),
					"/pay-slips/" + s.slip().reference() + "/barcode.png", s.status().name(), s.slip().createdAt(),
					s.slip().expiresAt(), s.slip().paidAt());
		}

	}

	record PaymentJson(UUID depositId, String status, String transactionId, Money amount, Money fee, Money total,
			@Nullable String heldBecause, Instant receivedAt) {

		static PaymentJson of(RetailPayment p) {
			return new PaymentJson(p.id(), p.status().name(), p.transactionId(), p.amount(), p.fee(), p.total(),
					p.holdReason(), p.receivedAt());
		}

	}

}
