package org.homeward.media.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.deposits.InmateBalances;
import org.homeward.media.TabletOrderStatus;
import org.homeward.media.internal.MediaPurchaseRecords;
import org.homeward.media.internal.TabletFulfilment;
import org.homeward.media.internal.TabletGifts;
import org.homeward.media.internal.TabletOrderRecords;
import org.homeward.media.internal.TabletOrders;
import org.homeward.shared.CardDeclined;
import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Tablets as a product: the models an inmate can order, from their balance at the kiosk
 * or by their family's card, the orders and where they are, and the facility handing a
 * tablet over (or cancelling, the money going back).
 */
@RestController
@Validated
@Tag(name = "Tablets and media")
class TabletOrderApiController {

	private final TabletOrders orders;

	private final TabletGifts gifts;

	private final TabletFulfilment fulfilment;

	private final InmateBalances balances;

	TabletOrderApiController(TabletOrders orders, TabletGifts gifts, TabletFulfilment fulfilment,
			InmateBalances balances) {
		this.orders = orders;
		this.gifts = gifts;
		this.fulfilment = fulfilment;
		this.balances = balances;
	}

	@GetMapping("/api/v1/kiosk/tablets")
	@Operation(summary = "The tablet models the inmate's agency sells, with prices, and the inmate's orders")
	Offers offers(Caller caller) {
		TabletOrders.Shop shop = orders.shop(caller.inmate());
		return new Offers(shop.models().stream().map(ModelJson::of).toList(),
				orders.ofInmate(caller.inmate()).stream().map(OrderJson::of).toList());
	}

	@PostMapping("/api/v1/kiosk/tablets/orders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Order a tablet from the balance; needs an Idempotency-Key. 422 when the balance is short")
	Ordered order(Caller caller, @RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
			message = "must be 1 to 255 characters") String key, @Valid @RequestBody OrderRequest request) {
		TabletOrderRecords.Order order = orders.buy(caller.inmate(), request.modelId(), key);
		return new Ordered(OrderJson.of(order), balances.balance(caller.inmate()));
	}

	@GetMapping("/api/v1/media/tablet-orders")
	@Operation(summary = "A family follows the tablet orders of their loved one")
	List<OrderJson> ofLovedOne(Caller caller, @RequestParam UUID inmateId) {
		return orders.forFamily(caller.family(), inmateId).stream().map(OrderJson::of).toList();
	}

	@PostMapping("/api/v1/media/tablet-orders")
	@Operation(summary = "A family orders a tablet for their loved one, paid with a saved card; needs an "
			+ "Idempotency-Key. 402 when the card is declined (nothing is charged or ordered)")
	ResponseEntity<?> give(Caller caller, @RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
			message = "must be 1 to 255 characters") String key, @Valid @RequestBody GiftRequest request) {
		TabletGifts.Outcome outcome = gifts.give(caller.family(), key, request.inmateId(), request.modelId(),
				request.paymentMethodId());
		if (outcome instanceof TabletGifts.Outcome.Declined declined) {
			return CardDeclined.answer(declined.reason(), "Nothing was ordered", "orderId", declined.order().id());
		}
		HttpStatus status = outcome instanceof TabletGifts.Outcome.Processing ? HttpStatus.ACCEPTED
				: HttpStatus.CREATED;
		return ResponseEntity.status(status).body(OrderJson.of(outcome.order()));
	}

	@GetMapping("/api/v1/staff/tablet-orders")
	@Operation(summary = "Orders waiting for a tablet at the staff member's facilities, oldest first")
	List<OrderJson> waiting(Caller caller) {
		return orders.waiting(caller).stream().map(OrderJson::of).toList();
	}

	@PostMapping("/api/v1/staff/tablet-orders/{id}/fulfil")
	@Operation(summary = "Hand over a tablet from the facility's stock: the order is ISSUED and the tablet the "
			+ "inmate's; 409 when the tablet is not in stock or the inmate holds one")
	OrderJson fulfil(Caller caller, @PathVariable UUID id, @Valid @RequestBody FulfilRequest request) {
		return OrderJson.of(fulfilment.fulfil(caller, id, request.deviceId()));
	}

	@PostMapping("/api/v1/staff/tablet-orders/{id}/cancel")
	@Operation(summary = "Cancel a waiting order with a reason: the money goes back to the balance or the card")
	OrderJson cancel(Caller caller, @PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
		return OrderJson.of(fulfilment.cancel(caller, id, request.reason()));
	}

	record Offers(List<ModelJson> models, List<OrderJson> orders) {
	}

	record ModelJson(UUID id, String name, String description, Money price) {

		static ModelJson of(TabletOrderRecords.Model model) {
			return new ModelJson(model.id(), model.name(), model.description(), model.price());
		}

	}

	record OrderJson(UUID id, UUID inmateId, UUID modelId, String model, Money price, MediaPurchaseRecords.Buyer paidBy,
			TabletOrderStatus status, @Nullable UUID deviceId, @Nullable String reason, Instant orderedAt,
			Instant updatedAt) {

		static OrderJson of(TabletOrderRecords.Order order) {
			return new OrderJson(order.id(), order.inmate(), order.model(), order.modelName(), order.price(),
					order.buyer(), order.status(), order.device(), order.reason(), order.createdAt(),
					order.updatedAt());
		}

	}

	record Ordered(OrderJson order, Money balance) {
	}

	record OrderRequest(@NotNull UUID modelId) {
	}

	record GiftRequest(@NotNull UUID inmateId, @NotNull UUID modelId, @NotNull UUID paymentMethodId) {
	}

	record FulfilRequest(@NotNull UUID deviceId) {
	}

	record CancelRequest(@NotBlank @Size(max = 500) String reason) {
	}

}
