package org.homeward.accounts.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditSearch;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit log on the console: an agency's administrators search their agency's entries
 * (operators every agency's) by who acted, what was done, the record and the days; and
 * anyone of them checks that the hash chain holds from the first entry to the last.
 */
@Controller
class AuditPageController {

	private static final int LIMIT = 200;

	private final AuditLog audit;

	private final Directory directory;

	AuditPageController(AuditLog audit, Directory directory) {
		this.audit = audit;
		this.directory = directory;
	}

	@GetMapping("/staff/audit")
	String search(Caller caller, @RequestParam(defaultValue = "") String actor,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		TenantId agency = scope(caller);
		List<AuditRecord> entries = audit.search(new AuditSearch(agency, clip(actor), clip(action), clip(subject),
				from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), LIMIT));
		Map<TenantId, String> agencies = new LinkedHashMap<>();
		directory.agencies().forEach(a -> agencies.put(a.id(), a.name()));
		model.addAttribute("entries", entries);
		model.addAttribute("agencies", agencies);
		model.addAttribute("everyAgency", agency == null);
		model.addAttribute("agencyName",
				agency == null ? null : directory.agency(agency).map(AgencyView::name).orElse(""));
		model.addAttribute("limit", LIMIT);
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("subject", subject);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "accounts/audit";
	}

	@PostMapping("/staff/audit/check")
	String check(Caller caller, RedirectAttributes redirect) {
		scope(caller);
		long broken = audit.firstBrokenLink();
		redirect.addFlashAttribute("checked", audit.size());
		redirect.addFlashAttribute("broken", broken);
		return "redirect:/staff/audit";
	}

	/** The administrator's agency, or none (every agency) for an operator. */
	private static @Nullable TenantId scope(Caller caller) {
		return caller.isOperator() ? null : caller.staffAgency(Role.ADMINISTRATION);
	}

	private static @Nullable String clip(String words) {
		String trimmed = words.strip();
		return trimmed.isEmpty() ? null : trimmed.substring(0, Math.min(trimmed.length(), 200));
	}

}
