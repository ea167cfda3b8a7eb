package org.homeward.payments.web;

import java.util.List;
import java.util.UUID;

import org.homeward.payments.BillingAddress;
import org.homeward.payments.CardDetails;
import org.homeward.payments.PaymentMethodView;
import org.homeward.payments.Payments;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A family member's saved cards. The card number and CVC are passed to the gateway and
 * never kept.
 */
@RestController
@RequestMapping("/api/v1/payment-methods")
@Tag(name = "Payment methods")
class PaymentMethodApiController {

	private final Payments payments;

	PaymentMethodApiController(Payments payments) {
		this.payments = payments;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a Visa, Mastercard or Discover card (credit, debit or prepaid)")
	PaymentMethodView add(Caller caller, @Valid @RequestBody CardJson card) {
		return payments.add(caller.family(), card.toCard());
	}

	@GetMapping
	@Operation(summary = "The saved cards")
	List<PaymentMethodView> list(Caller caller) {
		return payments.methods(caller.family());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a saved card's expiry and billing address")
	PaymentMethodView update(Caller caller, @PathVariable UUID id, @Valid @RequestBody CardUpdateJson update) {
		return payments.update(caller.family(), id, update.expiryMonth(), update.expiryYear(),
				update.billingAddress().toAddress());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a saved card")
	void delete(Caller caller, @PathVariable UUID id) {
		payments.delete(caller.family(), id);
	}

	record AddressJson(@NotNull @Size(max = 200) String line1, @Nullable @Size(max = 200) String line2,
			@NotNull @Size(max = 100) String city, @Nullable @Size(max = 100) String region,
			@Nullable @Size(max = 20) String postalCode, @NotNull @Size(min = 2, max = 2) String country) {

		BillingAddress toAddress() {
			return new BillingAddress(line1, line2, city, region, postalCode, country);
		}

	}

	record CardJson(@NotNull @Size(max = 30) String cardNumber,
			@NotNull @Schema(minimum = "1", maximum = "12") Integer expiryMonth,
			@NotNull @Schema(minimum = "2000", maximum = "2100") Integer expiryYear, @NotNull @Size(max = 4) String cvc,
			@NotNull @Size(max = 100) String cardholderName, @NotNull @Valid AddressJson billingAddress) {

		CardDetails toCard() {
			return new CardDetails(cardNumber, expiryMonth, expiryYear, cvc, cardholderName,
					billingAddress.toAddress());
		}

		@Override
		public String toString() {
			return "CardJson[****]";
		}

	}

	record CardUpdateJson(@NotNull @Schema(minimum = "1", maximum = "12") Integer expiryMonth,
			@NotNull @Schema(minimum = "2000", maximum = "2100") Integer expiryYear,
			@NotNull @Valid AddressJson billingAddress) {
	}

}
