package org.homeward.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.deposits.InmateBalances;
import org.homeward.directory.Directory;
import org.homeward.messaging.internal.Attachments;
import org.homeward.messaging.internal.Correspondence;
import org.homeward.messaging.internal.Drafts;
import org.homeward.messaging.internal.KioskPrinting;
import org.homeward.messaging.internal.Mailbox;
import org.homeward.messaging.internal.TerminalMinutes;
import org.homeward.messaging.internal.MessageRecords;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.messaging.internal.PhotoAccess;
import org.homeward.messaging.web.MessageJson.AttachmentJson;
import org.homeward.messaging.web.MessageJson.DetailJson;
import org.homeward.messaging.web.MessageJson.DraftJson;
import org.homeward.messaging.web.MessageJson.SentJson;
import org.homeward.messaging.web.MessageJson.SummaryJson;
import org.homeward.shared.Caller;
import org.homeward.shared.Money;
import org.homeward.stamps.Stamps;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Inmates read and reply at kiosks and tablets (API.md, "Inmate side"). */
@RestController
@RequestMapping("/api/v1/kiosk")
@Tag(name = "Kiosk messages")
class KioskMessageApiController {

	static final String PHOTOS = "/api/v1/kiosk/attachments/";

	private final Correspondence correspondence;

	private final Mailbox mailbox;

	private final MessageRecords records;

	private final Attachments attachments;

	private final PhotoAccess photos;

	private final Drafts drafts;

	private final Members members;

	private final Directory directory;

	private final Stamps stamps;

	private final InmateBalances balances;

	private final TerminalMinutes minutes;

	private final KioskPrinting printing;

	KioskMessageApiController(Correspondence correspondence, Mailbox mailbox, MessageRecords records,
			Attachments attachments, PhotoAccess photos, Drafts drafts, Members members, Directory directory,
			Stamps stamps, InmateBalances balances, TerminalMinutes minutes, KioskPrinting printing) {
		this.minutes = minutes;
		this.printing = printing;
		this.correspondence = correspondence;
		this.mailbox = mailbox;
		this.records = records;
		this.attachments = attachments;
		this.photos = photos;
		this.drafts = drafts;
		this.members = members;
		this.directory = directory;
		this.stamps = stamps;
		this.balances = balances;
	}

	@GetMapping("/messages")
	@Operation(summary = "Messages delivered to the inmate, newest first")
	List<InboxJson> inbox(Caller caller) {
		return mailbox.kioskInbox(caller.inmate(), 200)
			.stream()
			.map(m -> new InboxJson(m.id(), from(m), m.body(),
					attachments.deliveredOf(m.id()).stream().map(a -> AttachmentJson.of(a, PHOTOS)).toList(),
					m.deliveredAt(), "AVAILABLE".equals(m.replyStamp()), m.status().name()))
			.toList();
	}

	@GetMapping("/messages/sent")
	@Operation(summary = "The inmate's own messages, newest first, with their status")
	List<SummaryJson> sent(Caller caller) {
		return mailbox.sentByInmate(caller.inmate(), 200).stream().map(SummaryJson::of).toList();
	}

	@GetMapping("/messages/{id}")
	@Operation(summary = "Read a message; the sender sees it READ")
	DetailJson read(Caller caller, @PathVariable UUID id) {
		return MessageApiController.detail(mailbox.readAsInmate(caller.inmate(), id), attachments, records, PHOTOS,
				true);
	}

	@PostMapping("/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Write to a contact: a prepaid reply stamp pays first, then the inmate's own stamps; needs an Idempotency-Key")
	SentJson reply(Caller caller, @RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
			message = "must be 1 to 255 characters") String key, @Valid @RequestBody ReplyJson request) {
		Correspondence.Sent sent = correspondence.reply(caller.inmate(), key, request.accountId(), request.body(),
				request.draftId());
		return new SentJson(sent.id(), sent.status().name(), sent.stamps());
	}

	@GetMapping("/account")
	@Operation(summary = "The inmate's balance and stamps, and the terminal minutes left where the inmate pays by"
			+ " the minute")
	AccountJson account(Caller caller) {
		UUID inmate = caller.inmate();
		var view = directory.inmate(inmate).orElseThrow();
		return new AccountJson(balances.balance(inmate),
				List.of(new StampsJson(view.agency().code(), stamps.inmateBalance(inmate, view.agency().id()))),
				minutes.left(inmate));
	}

	@PostMapping("/messages/{id}/print")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Print a message at the kiosk: where the inmate pays by the minute, the contract's price a page"
					+ " is taken from the balance; needs an Idempotency-Key")
	KioskPrinting.Printed print(Caller caller, @PathVariable UUID id, @RequestHeader("Idempotency-Key") @Size(min = 1,
			max = 255, message = "must be 1 to 255 characters") String key) {
		return printing.print(caller.inmate(), id, key);
	}

	@PostMapping("/minute-purchases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The inmate buys a block of terminal minutes from their balance (where the inmate pays by the"
			+ " minute); needs an Idempotency-Key")
	MinutesJson buyMinutes(Caller caller,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
					message = "must be 1 to 255 characters") String key,
			@Valid @RequestBody MinutesRequestJson request) {
		TerminalMinutes.Bought bought = minutes.buy(caller.inmate(), request.minutes(), key);
		return new MinutesJson(bought.minutes(), bought.charged(), bought.minutesLeft(), bought.balance());
	}

	record MinutesRequestJson(
			@jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(1000) int minutes) {
	}

	record MinutesJson(int bought, Money charged, long minutes, Money balance) {
	}

	@GetMapping("/attachments/{id}")
	@Operation(summary = "A photo of a message delivered to the inmate")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable UUID id) {
		caller.inmate();
		return MessageApiController.photoResponse(photos, caller, id, false);
	}

	@GetMapping("/attachments/{id}/thumbnail")
	@Operation(summary = "The thumbnail of a photo of a message delivered to the inmate")
	ResponseEntity<byte[]> thumbnail(Caller caller, @PathVariable UUID id) {
		caller.inmate();
		return MessageApiController.photoResponse(photos, caller, id, true);
	}

	@GetMapping("/drafts")
	@Operation(summary = "The inmate's drafts, most recently saved first")
	List<DraftJson> drafts(Caller caller) {
		return drafts.of(caller.inmate()).stream().map(DraftJson::of).toList();
	}

	@PutMapping("/drafts/{id}")
	@Operation(summary = "Save the inmate's draft as it is now")
	DraftJson saveDraft(Caller caller, @PathVariable UUID id, @Valid @RequestBody KioskDraftJson request) {
		UUID inmate = caller.inmate();
		return DraftJson
			.of(drafts.save(inmate, "INMATE", id, inmate, request.accountId(), request.body(), List.of(), false));
	}

	private InboxJson.From from(MessageView message) {
		return new InboxJson.From(message.accountId(),
				members.member(message.accountId()).map(Members.Member::displayName).orElse(""));
	}

	record InboxJson(UUID id, From from, String body, List<AttachmentJson> attachments, @Nullable Instant deliveredAt,
			boolean replyStampIncluded, String status) {

		record From(UUID accountId, String name) {
		}

	}

	record ReplyJson(@NotNull UUID accountId, @NotNull @Size(max = Drafts.MAX_CHARS) String body,
			@Nullable UUID draftId) {
	}

	record KioskDraftJson(@NotNull UUID accountId, @NotNull @Size(max = Drafts.MAX_CHARS) String body) {
	}

	/**
	 * @param minutes the terminal minutes left, where the inmate pays by the minute (else
	 * absent)
	 */
	record AccountJson(Money balance, List<StampsJson> stamps, @Nullable Long minutes) {
	}

	record StampsJson(String agencyCode, long balance) {
	}

}
