package org.homeward.screening.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.messaging.Messages;
import org.homeward.screening.internal.Investigations;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Investigators over the API: search the archive, see who writes with whom, export
 * evidence.
 */
@RestController
@Tag(name = "Investigations")
class InvestigationApiController {

	private final Investigations investigations;

	InvestigationApiController(Investigations investigations) {
		this.investigations = investigations;
	}

	@GetMapping("/api/v1/investigations/messages")
	@Operation(summary = "Search the agency's messages by words (ranked), inmate, family account, facility and dates")
	List<FoundJson> search(Caller caller, @RequestParam(required = false) @Nullable @Size(max = 200) String q,
			@RequestParam(required = false) @Nullable UUID inmateId,
			@RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable UUID facilityId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		return investigations
			.search(caller, InvestigationController.search(q, inmateId, accountId, facilityId, from, to))
			.stream()
			.map(FoundJson::of)
			.toList();
	}

	@GetMapping("/api/v1/investigations/inmates/{inmateId}/correspondents")
	@Operation(summary = "Who an inmate writes with, and how much")
	List<Investigations.Correspondent> correspondents(Caller caller, @PathVariable UUID inmateId) {
		return investigations.correspondents(caller, inmateId);
	}

	@PostMapping("/api/v1/investigations/evidence")
	@Operation(summary = "Export messages as an evidence PDF with the SHA-256 of each")
	ResponseEntity<byte[]> evidence(Caller caller, @Valid @RequestBody EvidenceJson request) {
		return InvestigationController.pdf(investigations.evidence(caller, request.messageIds()));
	}

	record EvidenceJson(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> messageIds) {
	}

	record FoundJson(UUID id, String from, String to, boolean toInmate, String status, Instant sentAt, String body,
			UUID inmateId, UUID accountId, String sha256) {

		static FoundJson of(Investigations.Found found) {
			Messages.Subject m = found.message();
			return new FoundJson(m.id(), found.from(), found.to(), m.toInmate(), m.status().name(), m.sentAt(),
					m.body(), m.inmateId(), m.accountId(), found.sha256());
		}

	}

}
