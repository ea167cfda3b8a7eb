package org.homeward.messaging.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.homeward.messaging.internal.Attachments;
import org.homeward.messaging.internal.Correspondence;
import org.homeward.messaging.internal.Correspondence.Draft;
import org.homeward.messaging.internal.Drafts;
import org.homeward.messaging.internal.Exports;
import org.homeward.messaging.internal.Mailbox;
import org.homeward.messaging.internal.MessageRecords;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.messaging.internal.PhotoAccess;
import org.homeward.messaging.web.MessageJson.AttachmentJson;
import org.homeward.messaging.web.MessageJson.DetailJson;
import org.homeward.messaging.web.MessageJson.DraftJson;
import org.homeward.messaging.web.MessageJson.HistoryJson;
import org.homeward.messaging.web.MessageJson.SentJson;
import org.homeward.messaging.web.MessageJson.SummaryJson;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Families write, read and export messages over the API (API.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Messages")
class MessageApiController {

	static final String PHOTOS = "/api/v1/attachments/";

	private final Correspondence correspondence;

	private final Mailbox mailbox;

	private final MessageRecords records;

	private final Attachments attachments;

	private final PhotoAccess photos;

	private final Drafts drafts;

	private final Exports exports;

	MessageApiController(Correspondence correspondence, Mailbox mailbox, MessageRecords records,
			Attachments attachments, PhotoAccess photos, Drafts drafts, Exports exports) {
		this.correspondence = correspondence;
		this.mailbox = mailbox;
		this.records = records;
		this.attachments = attachments;
		this.photos = photos;
		this.drafts = drafts;
		this.exports = exports;
	}

	@PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a photo (JPEG or PNG, at most 3 MB); checked by content, its metadata removed")
	AttachmentJson upload(Caller caller, @RequestPart("file") MultipartFile file) throws IOException {
		UUID account = caller.family();
		// the size, type and pixel limits are the photo check's (homeward.messaging.*),
		// one place for the API and pages
		return AttachmentJson.of(attachments.upload(account, file.getBytes(), file.getOriginalFilename()), PHOTOS);
	}

	@GetMapping("/attachments/{id}")
	@Operation(summary = "A photo you uploaded")
	ResponseEntity<byte[]> photo(Caller caller, @PathVariable UUID id) {
		return photoResponse(photos, caller, id, false);
	}

	@GetMapping("/attachments/{id}/thumbnail")
	@Operation(summary = "The thumbnail of a photo you uploaded")
	ResponseEntity<byte[]> thumbnail(Caller caller, @PathVariable UUID id) {
		return photoResponse(photos, caller, id, true);
	}

	@PostMapping("/messages/quote")
	@Operation(summary = "What a message would cost in stamps, line by line")
	Correspondence.Quote quote(Caller caller, @Valid @RequestBody MessageRequestJson request) {
		return correspondence.quote(caller.family(), request.draft());
	}

	@PostMapping("/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a message; its stamps are spent in the same transaction; needs an Idempotency-Key")
	SentJson send(Caller caller,
			@RequestHeader("Idempotency-Key") @Size(min = 1, max = 255,
					message = "must be 1 to 255 characters") String key,
			@Valid @RequestBody MessageRequestJson request) {
		Correspondence.Sent sent = correspondence.send(caller.family(), key, request.draft(), request.draftId());
		return new SentJson(sent.id(), sent.status().name(), sent.stamps());
	}

	@GetMapping("/messages")
	@Operation(summary = "Sent messages, or the replies received (folder=inbox), newest first")
	List<SummaryJson> list(Caller caller, @RequestParam(defaultValue = "sent") @Pattern(regexp = "sent|inbox",
			message = "must be sent or inbox") String folder) {
		UUID account = caller.family();
		return mailbox.familyFolder(account, folder.equals("inbox")).stream().map(SummaryJson::of).toList();
	}

	@GetMapping("/messages/{id}")
	@Operation(summary = "A message with its photos and the history of its status; reading a reply marks it READ")
	DetailJson message(Caller caller, @PathVariable UUID id) {
		if (caller.kind() != Caller.Kind.FAMILY) {
			throw new NotFoundException("message");
		}
		return detail(mailbox.readAsFamily(caller.accountId(), id), attachments, records, PHOTOS);
	}

	@GetMapping("/messages/export.pdf")
	@Operation(summary = "Everything (or one conversation, with inmateId) as a PDF with the photos")
	void exportPdf(Caller caller, @RequestParam(required = false) @Nullable UUID inmateId, Locale locale,
			HttpServletResponse response) throws IOException {
		UUID account = caller.family();
		pdf(response, "homeward-messages.pdf", out -> exports.pdf(account, inmateId, locale, out));
	}

	/**
	 * A PDF written straight to the answer as it is made (never whole in memory), as a
	 * download.
	 */
	public static void pdf(HttpServletResponse response, String filename, Consumer<OutputStream> write)
			throws IOException {
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		write.accept(response.getOutputStream());
	}

	@GetMapping(path = "/messages/export.zip", produces = "application/zip")
	@Operation(summary = "Everything (or one conversation, with inmateId) as a ZIP of JSON and the original photos")
	void exportZip(Caller caller, @RequestParam(required = false) @Nullable UUID inmateId, HttpServletResponse response)
			throws IOException {
		UUID account = caller.family();
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("homeward-messages.zip").build().toString());
		exports.zip(account, inmateId, response.getOutputStream());
	}

	@GetMapping("/drafts")
	@Operation(summary = "Your drafts, most recently saved first")
	List<DraftJson> drafts(Caller caller) {
		return drafts.of(caller.family()).stream().map(DraftJson::of).toList();
	}

	@PutMapping("/drafts/{id}")
	@Operation(summary = "Save a draft as it is now (the client picks the id and saves under it as the person types)")
	DraftJson saveDraft(Caller caller, @PathVariable UUID id, @Valid @RequestBody DraftRequestJson request) {
		return DraftJson.of(drafts.save(caller.family(), "FAMILY", id, request.inmateId(), null, request.body(),
				request.attachmentIds() == null ? List.of() : request.attachmentIds(),
				Boolean.TRUE.equals(request.prepaidReply())));
	}

	@DeleteMapping("/drafts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Throw a draft away")
	void deleteDraft(Caller caller, @PathVariable UUID id) {
		drafts.delete(caller.family(), id);
	}

	static DetailJson detail(MessageView message, Attachments attachments, MessageRecords records, String photoBase) {
		return detail(message, attachments, records, photoBase, false);
	}

	/**
	 * @param deliveredOnly leave out the photos a reviewer rejected (what the recipient
	 * sees)
	 */
	static DetailJson detail(MessageView message, Attachments attachments, MessageRecords records, String photoBase,
			boolean deliveredOnly) {
		List<Attachments.AttachmentView> photos = deliveredOnly ? attachments.deliveredOf(message.id())
				: attachments.ofMessage(message.id());
		return new DetailJson(message.id(), message.direction().name(), message.inmateId(), message.accountId(),
				message.body(), photos.stream().map(a -> AttachmentJson.of(a, photoBase)).toList(),
				message.status().name(), message.stamps(), message.prepaidReply(), message.sentAt(),
				message.deliveredAt(), message.readAt(),
				records.historyOf(message.id()).stream().map(HistoryJson::of).toList());
	}

	static ResponseEntity<byte[]> photoResponse(PhotoAccess photos, Caller caller, UUID id, boolean thumbnail) {
		PhotoAccess.Photo photo = photos.photo(caller, id, thumbnail).orElseThrow(() -> new NotFoundException("photo"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.bytes());
	}

	record MessageRequestJson(@NotNull UUID inmateId, @NotNull @Size(max = Drafts.MAX_CHARS) String body,
			@Nullable @Size(max = Correspondence.MAX_PHOTOS,
					message = "at most " + Correspondence.MAX_PHOTOS + " photos") List<@NotNull UUID> attachmentIds,
			@Nullable Boolean prepaidReply, @Nullable UUID draftId) {

		Draft draft() {
			return new Draft(inmateId, body, attachmentIds == null ? List.of() : attachmentIds,
					Boolean.TRUE.equals(prepaidReply));
		}

	}

	record DraftRequestJson(@NotNull UUID inmateId, @NotNull @Size(max = Drafts.MAX_CHARS) String body,
			@Nullable @Size(max = Correspondence.MAX_PHOTOS,
					message = "at most " + Correspondence.MAX_PHOTOS + " photos") List<@NotNull UUID> attachmentIds,
			@Nullable Boolean prepaidReply) {
	}

}
