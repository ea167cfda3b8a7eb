package org.homeward.visits.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.visits.internal.Recordings;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

/**
 * Investigators and administrators over the recordings of past visits: search by inmate,
 * visitor and date; play (with {@code Range}, as a video player asks) and export a
 * recording with its SHA-256; hold one past its retention. The play and export paths
 * serve the staff pages too.
 */
@RestController
@Tag(name = "Investigations")
class RecordingApiController {

	static final MediaType WEBM = MediaType.parseMediaType("video/webm");

	/** The longest span searched at once. */
	private static final int MAX_DAYS = 366;

	private final Recordings recordings;

	RecordingApiController(Recordings recordings) {
		this.recordings = recordings;
	}

	@GetMapping("/api/v1/investigations/visits")
	@Operation(
			summary = "Past visits of the agency with recordings, by inmate number, visitor e-mail and dates (newest first, at most 100)")
	List<RecordedVisitJson> search(Caller caller,
			@RequestParam(required = false) @Nullable @Size(max = 40) String inmateNumber,
			@RequestParam(required = false) @Nullable @Size(max = 254) String visitorEmail,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		LocalDate[] span = span(from, to);
		return recordings.search(caller, inmateNumber, visitorEmail, span[0], span[1])
			.stream()
			.map(RecordedVisitJson::of)
			.toList();
	}

	@GetMapping({ "/api/v1/investigations/recordings/{id}", "/staff/investigations/recordings/{id}" })
	@Operation(summary = "Play a recording (WebM; honours Range with 206); the play is audited")
	ResponseEntity<Resource> play(Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable @Size(max = 200) String range) {
		return file(recordings.open(caller, id, false, range == null || range.startsWith("bytes=0-")), false);
	}

	@GetMapping({ "/api/v1/investigations/recordings/{id}/export", "/staff/investigations/recordings/{id}/export" })
	@Operation(
			summary = "Download a recording as evidence, with its SHA-256 in Repr-Digest and X-Content-SHA256; audited")
	ResponseEntity<Resource> export(Caller caller, @PathVariable UUID id) {
		return file(recordings.open(caller, id, true, true), true);
	}

	@PostMapping("/api/v1/investigations/recordings/{id}/hold")
	@Operation(summary = "Hold a recording past its retention (legal hold), or release it; audited")
	RecordingJson hold(Caller caller, @PathVariable UUID id, @Valid @RequestBody RecordingHoldJson hold) {
		if (hold.held() && (hold.reason() == null || hold.reason().isBlank())) {
			throw new InvalidInputException("reason", "is needed to hold a recording");
		}
		return RecordingJson.of(recordings.hold(caller, id, hold.held(), hold.reason()));
	}

	/** The dates searched: the last 30 days unless said, at most a year, in order. */
	static LocalDate[] span(@Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = to != null ? to : LocalDate.now().plusDays(1);
		LocalDate start = from != null ? from : end.minusDays(30);
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "must not be after to");
		}
		if (start.plusDays(MAX_DAYS).isBefore(end)) {
			throw new InvalidInputException("to", "must be at most " + MAX_DAYS + " days after from");
		}
		return new LocalDate[] { start, end };
	}

	private static ResponseEntity<Resource> file(Recordings.Playable playable, boolean download) {
		byte[] sha256 = HexFormat.of().parseHex(playable.recording().sha256());
		return ResponseEntity.ok()
			.contentType(WEBM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					(download ? ContentDisposition.attachment() : ContentDisposition.inline())
						.filename(playable.fileName())
						.build()
						.toString())
			.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":")
			.header("X-Content-SHA256", playable.recording().sha256())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(playable.file());
	}

	record RecordingHoldJson(@NotNull Boolean held,
			@Nullable @Size(max = 500, message = "must be at most 500 characters") String reason) {
	}

	record RecordingJson(UUID id, String side, int part, Instant startedAt, long durationSeconds, long bytes,
			String sha256, Instant keepUntil, boolean held, @Nullable String holdReason, boolean deleted,
			@Nullable String url) {

		static RecordingJson of(Recordings.RecordingView r) {
			return new RecordingJson(r.id(), r.side(), r.part(), r.startedAt(), r.duration().toSeconds(), r.bytes(),
					r.sha256(), r.keepUntil(), r.held(), r.holdReason(), r.purged(),
					r.purged() ? null : "/api/v1/investigations/recordings/" + r.id());
		}

	}

	record RecordedVisitJson(VisitJson visit, List<RecordingJson> recordings) {

		static RecordedVisitJson of(Recordings.Found found) {
			return new RecordedVisitJson(VisitJson.of(found.visit(), false, true),
					found.recordings().stream().map(RecordingJson::of).toList());
		}

	}

}
