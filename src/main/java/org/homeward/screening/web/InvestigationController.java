package org.homeward.screening.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.messaging.Messages;
import org.homeward.screening.internal.Investigations;
import org.jspecify.annotations.Nullable;
import org.homeward.shared.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Investigators: search the archive, see who talks with whom, export evidence (API and a staff console page). */
@Controller
@Tag(name = "Investigations")
class InvestigationController {

	private final Investigations investigations;

	InvestigationController(Investigations investigations) {
		this.investigations = investigations;
	}

	@GetMapping("/api/v1/investigations/messages")
	@ResponseBody
	@Operation(summary = "Search the agency's messages by words (ranked), inmate, family account, facility and dates")
	List<FoundJson> search(Caller caller, @RequestParam(required = false) @Nullable @Size(max = 200) String q,
			@RequestParam(required = false) @Nullable UUID inmateId, @RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable UUID facilityId, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		return investigations.search(caller, search(q, inmateId, accountId, facilityId, from, to)).stream().map(FoundJson::of).toList();
	}

	@GetMapping("/api/v1/investigations/inmates/{inmateId}/correspondents")
	@ResponseBody
	@Operation(summary = "Who an inmate writes with, and how much")
	List<Investigations.Correspondent> correspondents(Caller caller, @PathVariable UUID inmateId) {
		return investigations.correspondents(caller, inmateId);
	}

	@PostMapping("/api/v1/investigations/evidence")
	@Operation(summary = "Export messages as an evidence PDF with the SHA-256 of each")
	ResponseEntity<byte[]> evidence(Caller caller, @Valid @RequestBody EvidenceJson request) {
		return pdf(investigations.evidence(caller, request.messageIds()));
	}

	@GetMapping("/staff/investigations")
	String page(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to,
			Model model) {
		Investigations.investigatorAgency(caller);
		model.addAttribute("q", q == null ? "" : q);
		if (q != null || from != null || to != null) {
			model.addAttribute("found", investigations.search(caller, search(q, null, null, null, from, to)));
		}
		return "screening/investigations";
	}

	@PostMapping("/staff/investigations/evidence")
	ResponseEntity<byte[]> evidencePage(Caller caller, @RequestParam List<UUID> messageIds) {
		return pdf(investigations.evidence(caller, messageIds));
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("homeward-evidence.pdf").build().toString())
			.body(pdf);
	}

	private static Messages.Search search(@Nullable String q, @Nullable UUID inmate, @Nullable UUID account,
			@Nullable UUID facility, @Nullable LocalDate from, @Nullable LocalDate to) {
		return new Messages.Search(q, inmate, account, facility, from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	record EvidenceJson(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> messageIds) {
	}

	record FoundJson(UUID id, String from, String to, boolean toInmate, String status, Instant sentAt, String body,
			UUID inmateId, UUID accountId, String sha256) {

		static FoundJson of(Investigations.Found found) {
			Messages.Subject m = found.message();
			return new FoundJson(m.id(), found.from(), found.to(), m.toInmate(), m.status().name(), m.sentAt(), m.body(),
					m.inmateId(), m.accountId(), found.sha256());
		}

	}

}
