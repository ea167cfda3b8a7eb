package org.homeward.accounts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.FamilyProfile;
import org.homeward.accounts.Members;
import org.homeward.accounts.internal.FamilyAccounts;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.shared.Caller;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.SupportConsole;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The support console: a support agent (or operator) finds a family's account by e-mail,
 * name or phone and sees what each module knows of it (cards, contacts, deposits, stamp
 * purchases, messages' statuses), with the actions the modules offer (a phone deposit).
 * Each look at an account is in the audit log with the agent's name.
 */
@Controller
class SupportPageController {

	private final Members members;

	private final FamilyAccounts families;

	private final List<SupportConsole.Contribution> contributions;

	private final AuditLog audit;

	SupportPageController(Members members, FamilyAccounts families, List<SupportConsole.Contribution> contributions,
			AuditLog audit) {
		this.members = members;
		this.families = families;
		this.contributions = contributions;
		this.audit = audit;
	}

	@GetMapping("/support")
	String search(Caller caller, @RequestParam(required = false) @Nullable String q, Model model) {
		caller.supportAgent();
		if (q != null && !q.isBlank()) {
			model.addAttribute("q", q.trim());
			model.addAttribute("found", q.trim().length() > 100 ? List.of() : members.searchFamilies(q, 50));
		}
		return "accounts/support-search";
	}

	@GetMapping("/support/families/{id}")
	@Transactional
	String family(Caller caller, @PathVariable UUID id, Locale locale, Model model) {
		Caller agent = caller.supportAgent();
		FamilyProfile profile = families.profile(id).orElseThrow(() -> new NotFoundException("family account"));
		Members.Member member = members.member(id).orElseThrow(() -> new NotFoundException("family account"));
		audit.record(new AuditEntry(agent.accountId(), agent.displayName(), null, "support.family-viewed",
				id.toString(), null, null));
		model.addAttribute("profile", profile);
		model.addAttribute("member", member);
		model.addAttribute("sections",
				contributions.stream()
					.flatMap(c -> c.sections(id, locale).stream())
					.sorted(Comparator.comparingInt(SupportConsole.Section::order))
					.toList());
		return "accounts/support-family";
	}

}
