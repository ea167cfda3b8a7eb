package org.homeward.stamps.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.shared.Caller;
import org.homeward.shared.CardDeclined;
import org.homeward.shared.Money;
import org.homeward.stamps.PurchaseOutcome;
import org.homeward.stamps.Stamps;
import org.homeward.stamps.internal.StampPurchases;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

/** Buying stamps and seeing the balances. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Stamps")
class StampApiController {

	private final StampPurchases purchases;

	private final Stamps stamps;

	private final Members members;

	StampApiController(StampPurchases purchases, Stamps stamps, Members members) {
		this.purchases = purchases;
		this.stamps = stamps;
		this.members = members;
	}

	@PostMapping("/stamp-purchases")
	@Operation(summary = "Buy a stamp bundle with a saved card; needs an Idempotency-Key (a repeat buys nothing more)")
	@ApiResponse(responseCode = "201", description = "Bought: the stamps are on the balance",
			content = @Content(schema = @Schema(implementation = PurchasedJson.class)))
	@ApiResponse(responseCode = "202", description = "The card's answer is not known yet: the purchase is processing",
			content = @Content(schema = @Schema(implementation = ProcessingJson.class)))
	@ApiResponse(responseCode = "402", ref = "CardDeclined")
	ResponseEntity<?> purchase(Caller caller,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
					message = "must be 1 to 255 characters") String key,
			@Valid @RequestBody PurchaseJson request, Locale locale) {
		UUID account = caller.family();
		PurchaseOutcome outcome = purchases.purchase(account, members.emailOf(account).orElse(""), key,
				request.agencyCode(), request.bundleId(), request.paymentMethodId(), locale);
		if (outcome instanceof PurchaseOutcome.Completed completed) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new PurchasedJson(completed.id(), completed.stamps(), completed.charged(), completed.balance()));
		}
		if (outcome instanceof PurchaseOutcome.Declined declined) {
			return CardDeclined.answer(declined.reason(), "No stamps were bought", "purchaseId", declined.id());
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ProcessingJson(outcome.id(), "PROCESSING"));
	}

	@GetMapping("/stamps")
	@Operation(summary = "Stamp balances per agency")
	List<BalanceJson> balances(Caller caller) {
		return stamps.balances(caller.family())
			.stream()
			.map(b -> new BalanceJson(b.agencyCode(), b.balance()))
			.toList();
	}

	record PurchaseJson(@NotNull @Size(max = 32) String agencyCode, @NotNull UUID bundleId,
			@NotNull UUID paymentMethodId) {
	}

	record PurchasedJson(UUID id, int stamps, Money charged, long balance) {
	}

	record ProcessingJson(UUID id, String status) {
	}

	record BalanceJson(String agencyCode, long balance) {
	}

}
