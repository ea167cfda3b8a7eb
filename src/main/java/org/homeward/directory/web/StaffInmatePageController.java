package org.homeward.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.directory.AgencyAccess;
import org.homeward.directory.InmateView;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An inmate's page on the staff console, opened from the search: who they are and where,
 * then what each module shows this staff member of them (restrictions, the kiosk PIN,
 * contacts, messages, money, visits, devices, courses) with its actions. Restrictions are
 * set and lifted here, with their reasons, audited.
 */
@Controller
class StaffInmatePageController {

	private final AgencyAccess access;

	private final Restrictions restrictions;

	private final List<InmateFile.Contribution> contributions;

	private final MessageSource messages;

	private final Clock clock;

	StaffInmatePageController(AgencyAccess access, Restrictions restrictions,
			List<InmateFile.Contribution> contributions, MessageSource messages, Clock clock) {
		this.access = access;
		this.restrictions = restrictions;
		this.contributions = contributions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff/inmates/{id}")
	String inmate(Caller caller, @PathVariable UUID id, Locale locale, Model model) {
		InmateView inmate = access.inmateFor(caller, id);
		model.addAttribute("inmate", inmate);
		model.addAttribute("sections",
				contributions.stream()
					.flatMap(c -> c.sections(inmate.id(), inmate.agency().id(), caller, locale).stream())
					.sorted(Comparator.comparingInt(InmateFile.Section::order))
					.toList());
		return "directory/staff-inmate";
	}

	@PostMapping("/staff/inmates/{id}/restrictions")
	String restrict(Caller caller, @PathVariable UUID id, @RequestParam RestrictionKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		InmateView inmate = access.inmateFor(caller, id);
		caller.staffAgency(Role.FACILITY_STAFF);
		if (reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("refused", words("inmateFile.reasonNeeded", locale));
		}
		else if (until != null && until.isBefore(LocalDate.now(clock))) {
			redirect.addFlashAttribute("refused", words("inmateFile.untilPast", locale));
		}
		else {
			restrictions.add(inmate.id(), kind, until, reason, caller);
			redirect.addFlashAttribute("done", words("inmateFile.restricted", locale));
		}
		return "redirect:/staff/inmates/" + id;
	}

	@PostMapping("/staff/inmates/{id}/restrictions/{restriction}/lift")
	String lift(Caller caller, @PathVariable UUID id, @PathVariable UUID restriction,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		InmateView inmate = access.inmateFor(caller, id);
		caller.staffAgency(Role.FACILITY_STAFF);
		if (reason.isBlank() || reason.length() > 500) {
			redirect.addFlashAttribute("refused", words("inmateFile.reasonNeeded", locale));
		}
		else {
			restrictions.lift(inmate.id(), restriction, reason, caller);
			redirect.addFlashAttribute("done", words("inmateFile.lifted", locale));
		}
		return "redirect:/staff/inmates/" + id;
	}

	private String words(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
