package org.homeward.screening.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.messaging.Messages;
import org.homeward.screening.internal.Investigations;
import org.homeward.screening.internal.ScreeningLists;
import org.homeward.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The investigators' page in the staff console (the API is
 * {@link InvestigationApiController}).
 */
@Controller
@Tag(name = "Investigations")
class InvestigationController {

	private final Investigations investigations;

	private final ScreeningLists lists;

	InvestigationController(Investigations investigations, ScreeningLists lists) {
		this.investigations = investigations;
		this.lists = lists;
	}

	/**
	 * Puts the family account or the inmate of a search result on the agency's watch
	 * list.
	 */
	@PostMapping("/staff/investigations/watch")
	String watch(Caller caller, @RequestParam String kind, @RequestParam UUID entry, @RequestParam String q,
			RedirectAttributes redirect) {
		lists.watch(Investigations.investigatorAgency(caller), kind.equals("INMATE") ? "INMATE" : "ACCOUNT",
				entry.toString(), "from an investigation (search: " + q + ")", caller);
		redirect.addFlashAttribute("watched", true);
		return "redirect:/staff/investigations?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
	}

	@GetMapping("/staff/investigations")
	String page(Caller caller, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, Model model) {
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

	static ResponseEntity<byte[]> pdf(byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("homeward-evidence.pdf").build().toString())
			.body(pdf);
	}

	static Messages.Search search(@Nullable String q, @Nullable UUID inmate, @Nullable UUID account,
			@Nullable UUID facility, @Nullable LocalDate from, @Nullable LocalDate to) {
		return new Messages.Search(q, inmate, account, facility,
				from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
	}

}
