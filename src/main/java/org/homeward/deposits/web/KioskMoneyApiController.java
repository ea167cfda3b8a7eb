package org.homeward.deposits.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.deposits.internal.InmateAccounts;
import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * An inmate's money at the kiosk: the balance and its statement, and stamps bought from
 * it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deposits")
class KioskMoneyApiController {

	private final InmateAccounts inmates;

	KioskMoneyApiController(InmateAccounts inmates) {
		this.inmates = inmates;
	}

	@GetMapping("/kiosk/statement")
	@Operation(summary = "The inmate's balance and its newest movements")
	StatementJson statement(Caller caller) {
		UUID inmate = caller.inmate();
		return new StatementJson(inmates.balance(inmate),
				inmates.statement(inmate)
					.stream()
					.map(line -> new StatementLineJson(line.at(), line.kind(), line.description(),
							Money.ofMinor(line.amountMinor(), "USD")))
					.toList());
	}

	@PostMapping("/kiosk/stamp-purchases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The inmate buys stamps of their agency from their balance; needs an Idempotency-Key")
	KioskStampsJson buyStamps(Caller caller,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
					message = "must be 1 to 255 characters") String key,
			@Valid @RequestBody KioskStampRequestJson request) {
		UUID inmate = caller.inmate();
		long stamps = inmates.buyStamps(inmate, request.stamps(), key);
		return new KioskStampsJson(request.stamps(), inmates.stampPrice(inmate, request.stamps()), stamps,
				inmates.balance(inmate));
	}

	record KioskStampRequestJson(@Min(1) @Max(100) int stamps) {
	}

	record StatementJson(Money balance, List<StatementLineJson> lines) {
	}

	record StatementLineJson(Instant at, String kind, String description, Money amount) {
	}

	record KioskStampsJson(int bought, Money charged, long stamps, Money balance) {
	}

}
