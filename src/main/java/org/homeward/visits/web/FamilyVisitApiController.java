package org.homeward.visits.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.shared.Caller;
import org.homeward.shared.CardDeclined;
import org.homeward.shared.Money;
import org.homeward.visits.internal.BookingOutcome;
import org.homeward.visits.internal.VisitBookings;
import org.homeward.visits.internal.VisitChanges;
import org.homeward.visits.internal.VisitMoves;
import org.homeward.visits.internal.VisitViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
import jakarta.validation.constraints.Size;

/**
 * A family's video visits: free slots, booking and paying, their visits, moving one to
 * another time, cancelling.
 */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Video visits")
class FamilyVisitApiController {

	private final VisitBookings bookings;

	private final VisitChanges changes;

	private final VisitMoves moves;

	private final VisitViews views;

	private final Members members;

	FamilyVisitApiController(VisitBookings bookings, VisitChanges changes, VisitMoves moves, VisitViews views,
			Members members) {
		this.bookings = bookings;
		this.changes = changes;
		this.moves = moves;
		this.views = views;
		this.members = members;
	}

	@GetMapping("/slots")
	@Operation(
			summary = "The visits one may book with a contact between two days (in the facility's zone, at most 14 days)")
	@ApiResponse(responseCode = "200", description = "Every offered start and length, with whether it is free")
	List<SlotJson> slots(Caller caller, @RequestParam UUID inmateId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return bookings.slots(caller.family(), inmateId, from, to)
			.stream()
			.map(s -> new SlotJson(s.start(), s.end(), s.lengthMinutes(), s.price(), s.available()))
			.toList();
	}

	@PostMapping
	@Operation(
			summary = "Book and pay for a visit with a saved card; needs an Idempotency-Key (a repeat books nothing more)")
	@ApiResponse(responseCode = "201", description = "Booked: SCHEDULED, or REQUESTED where staff approve each visit",
			content = @Content(schema = @Schema(implementation = VisitJson.class)))
	@ApiResponse(responseCode = "202", description = "The card's answer is not known yet: the booking is processing",
			content = @Content(schema = @Schema(implementation = ProcessingJson.class)))
	@ApiResponse(responseCode = "402", ref = "CardDeclined")
	ResponseEntity<?> book(Caller caller,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
					message = "must be 1 to 255 characters") String key,
			@Valid @RequestBody BookingJson request, Locale locale) {
		UUID account = caller.family();
		BookingOutcome outcome = bookings.book(account, members.emailOf(account).orElse(""), key,
				new VisitBookings.Request(request.inmateId(), request.start(), request.lengthMinutes(),
						request.paymentMethodId()),
				locale);
		if (outcome instanceof BookingOutcome.Booked booked) {
			return ResponseEntity.status(booked.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
				.body(VisitJson.of(views.view(booked.visit()), false, false));
		}
		if (outcome instanceof BookingOutcome.Declined declined) {
			return CardDeclined.answer(declined.reason(), "No visit was booked", "visitId", declined.id());
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ProcessingJson(outcome.id(), "PROCESSING"));
	}

	@GetMapping
	@Operation(summary = "The family's visits, newest first")
	List<VisitJson> visits(Caller caller) {
		return views.ofFamily(caller.family()).stream().map(v -> VisitJson.of(v, false, false)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of the family's visits, with its history")
	VisitJson visit(Caller caller, @PathVariable UUID id) {
		return VisitJson.of(views.ofFamily(caller.family(), id), true, false);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a visit before the facility's cut-off; the price goes back to the card")
	VisitJson cancel(Caller caller, @PathVariable UUID id) {
		UUID account = caller.family();
		changes.cancelByFamily(account, id);
		return VisitJson.of(views.ofFamily(account, id), true, false);
	}

	@PostMapping("/{id}/reschedule")
	@Operation(summary = "Move a visit to another free time of the same length before the facility's cut-off "
			+ "(nothing charged or refunded; where staff approve each visit, it waits for approval again)")
	VisitJson reschedule(Caller caller, @PathVariable UUID id, @Valid @RequestBody RescheduleJson request) {
		UUID account = caller.family();
		moves.reschedule(account, id, request.start());
		return VisitJson.of(views.ofFamily(account, id), true, false);
	}

	record SlotJson(Instant start, Instant end, int lengthMinutes, Money price, boolean available) {
	}

	record BookingJson(@NotNull UUID inmateId, @NotNull Instant start, @NotNull @Min(value = 15,
			message = "must be at least 15") @Max(value = 60, message = "must be at most 60") Integer lengthMinutes,
			@NotNull UUID paymentMethodId) {
	}

	record RescheduleJson(@NotNull Instant start) {
	}

	record ProcessingJson(UUID id, String status) {
	}

}
