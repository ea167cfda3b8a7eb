package org.homeward.screening.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.messaging.Messages;
import org.homeward.screening.internal.ReviewQueue;
import org.homeward.screening.internal.ScreeningLists;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Review (API.md, "Staff side") and the agency's screening lists. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Review")
class ReviewApiController {

	private final ReviewQueue queue;

	private final ScreeningLists lists;

	ReviewApiController(ReviewQueue queue, ScreeningLists lists) {
		this.queue = queue;
		this.lists = lists;
	}

	@GetMapping("/review/messages")
	@Operation(summary = "The held messages of the staff member's agency, oldest first, with why each was held")
	List<HeldJson> held(Caller caller,
			@RequestParam(defaultValue = "HELD") @Pattern(regexp = "HELD", message = "must be HELD") String status,
			@RequestParam(required = false) @Nullable UUID facility) {
		return queue.held(caller, facility).stream().map(HeldJson::of).toList();
	}

	@PostMapping("/review/messages/{id}/decision")
	@Operation(
			summary = "Approve (optionally rejecting some photos) or reject a held message with one of the agency's reasons")
	DecidedJson decide(Caller caller, @PathVariable UUID id, @Valid @RequestBody DecisionJson decision) {
		Messages.Subject message = queue.decide(caller, id, decision.decision(), decision.reason(),
				decision.rejectedPhotos() == null ? List.of() : decision.rejectedPhotos());
		return new DecidedJson(message.id(), message.status().name());
	}

	@GetMapping("/review/reasons")
	@Operation(summary = "The agency's reasons for rejecting a message")
	List<ScreeningLists.Reason> reasons(Caller caller) {
		return lists.reasons(ReviewQueue.reviewerAgency(caller));
	}

	@GetMapping("/screening/keywords")
	@Operation(summary = "The agency's keyword and phrase list")
	List<ScreeningLists.Keyword> keywords(Caller caller) {
		return lists.keywords(caller.staffAgency(Role.MAIL_READERS));
	}

	@PostMapping("/screening/keywords")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a phrase to the agency's list (agency administrators)")
	ScreeningLists.Keyword addKeyword(Caller caller, @Valid @RequestBody KeywordJson keyword) {
		return lists.addKeyword(caller.staffAgency(Role.ADMINISTRATION), keyword.phrase(), keyword.category(), caller);
	}

	@DeleteMapping("/screening/keywords/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a phrase from the agency's list (agency administrators)")
	void removeKeyword(Caller caller, @PathVariable UUID id) {
		lists.removeKeyword(caller.staffAgency(Role.ADMINISTRATION), id, caller);
	}

	@GetMapping("/screening/watch-list")
	@Operation(summary = "The agency's watch list")
	List<ScreeningLists.WatchEntry> watchList(Caller caller) {
		return lists.watchList(caller.staffAgency(Role.MAIL_READERS));
	}

	@PostMapping("/screening/watch-list")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hold the messages of an inmate, a family account, an e-mail address or a phone number")
	ScreeningLists.WatchEntry watch(Caller caller, @Valid @RequestBody WatchJson watch) {
		return lists.watch(caller.staffAgency(Role.MAIL_READERS), watch.kind(), watch.entry(), watch.reason(), caller);
	}

	@DeleteMapping("/screening/watch-list/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take someone off the watch list")
	void unwatch(Caller caller, @PathVariable UUID id) {
		lists.unwatch(caller.staffAgency(Role.MAIL_READERS), id, caller);
	}

	record FlagJson(String kind, String detail) {
	}

	record HeldJson(UUID id, String from, String to, String facility, boolean toInmate, String body, List<UUID> photos,
			List<FlagJson> flags, Instant heldAt) {

		static HeldJson of(ReviewQueue.Held held) {
			return new HeldJson(held.message().id(), held.from(), held.to(), held.facility(), held.message().toInmate(),
					held.message().body(), held.message().photos(),
					held.flags().stream().map(f -> new FlagJson(f.kind(), f.detail())).toList(),
					held.message().sentAt());
		}

	}

	record DecisionJson(
			@NotNull @Pattern(regexp = "APPROVE|REJECT", message = "must be APPROVE or REJECT") String decision,
			@Nullable @Size(max = 300) String reason, @Nullable List<@NotNull UUID> rejectedPhotos) {
	}

	record DecidedJson(UUID id, String status) {
	}

	record KeywordJson(@NotBlank @Size(max = 200) String phrase, @NotBlank @Size(max = 40) String category) {
	}

	record WatchJson(
			@NotNull @Pattern(regexp = "INMATE|ACCOUNT|EMAIL|PHONE",
					message = "must be INMATE, ACCOUNT, EMAIL or PHONE") String kind,
			@NotBlank @Size(max = 254) String entry, @NotBlank @Size(max = 500) String reason) {
	}

}
