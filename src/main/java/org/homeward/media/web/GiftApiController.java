package org.homeward.media.web;

import java.util.UUID;

import org.homeward.media.internal.MediaGifts;
import org.homeward.shared.CardDeclined;
import org.homeward.shared.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Families give their loved one music, films, books or games, paid by card. */
@RestController
@Validated
@Tag(name = "Tablets and media")
class GiftApiController {

	private final MediaGifts gifts;

	GiftApiController(MediaGifts gifts) {
		this.gifts = gifts;
	}

	@GetMapping("/api/v1/media/gifts/quote")
	@Operation(summary = "What an item costs as a gift to this inmate (the agency's price; no fee)")
	MediaJson.Offer quote(Caller caller, @RequestParam UUID inmateId, @RequestParam UUID itemId) {
		return MediaJson.Offer.of(gifts.offer(caller.family(), inmateId, itemId));
	}

	@PostMapping("/api/v1/media/gifts")
	@Operation(summary = "Give an item to a loved one, paid with a saved card; needs an Idempotency-Key. "
			+ "402 when the card is declined (nothing is charged or given)")
	ResponseEntity<?> give(Caller caller, @RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
			message = "must be 1 to 255 characters") String key, @Valid @RequestBody GiftRequest request) {
		MediaGifts.Outcome outcome = gifts.give(caller.family(), key, request.inmateId(), request.itemId(),
				request.paymentMethodId());
		if (outcome instanceof MediaGifts.Outcome.Declined declined) {
			return CardDeclined.answer(declined.reason(), "Nothing was given", "giftId", declined.gift().id());
		}
		HttpStatus status = outcome instanceof MediaGifts.Outcome.Processing ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
		return ResponseEntity.status(status).body(MediaJson.Gift.of(outcome.gift()));
	}

	record GiftRequest(@NotNull UUID inmateId, @NotNull UUID itemId, @NotNull UUID paymentMethodId) {
	}

}
