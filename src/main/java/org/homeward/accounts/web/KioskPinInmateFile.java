package org.homeward.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.internal.InmatePins;
import org.homeward.directory.AgencyAccess;
import org.homeward.directory.InmateView;
import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The kiosk PIN on an inmate's staff page: facility staff set a new one (which also
 * unlocks a sign-in locked by wrong guesses); audited. The PIN itself is never shown.
 */
@Controller
class KioskPinInmateFile implements InmateFile.Contribution {

	private final InmatePins pins;

	private final AgencyAccess access;

	private final MessageSource messages;

	KioskPinInmateFile(InmatePins pins, AgencyAccess access, MessageSource messages) {
		this.pins = pins;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		if (!staff.hasAnyRole(Role.FACILITY_STAFF)) {
			return List.of();
		}
		return List.of(new InmateFile.Section(20, "inmateFile.pin",
				messages.getMessage("inmateFile.pinNote", null, locale), List.of(), List.of(),
				List.of(new InmateFile.Form("inmateFile.pinSet", "/staff/inmates/" + inmate + "/pin",
						List.of(new InmateFile.Field("pin", "inmateFile.pinNew", "password", List.of(), 8, true)),
						null))));
	}

	@PostMapping("/staff/inmates/{id}/pin")
	String setPin(Caller caller, @PathVariable UUID id, @RequestParam(defaultValue = "") String pin, Locale locale,
			RedirectAttributes redirect) {
		InmateView inmate = access.inmateFor(caller, id);
		caller.staffAgency(Role.FACILITY_STAFF);
		try {
			pins.set(inmate, pin, caller);
			redirect.addFlashAttribute("done", messages.getMessage("inmateFile.pinDone", null, locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refused", messages.getMessage("inmateFile.pinRefused", null, locale));
		}
		return "redirect:/staff/inmates/" + id;
	}

}
