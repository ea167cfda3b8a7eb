package org.homeward.media.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.media.internal.Devices;
import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.Role;
import org.homeward.shared.SupportConsole.Cell;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The tablets the inmate holds, on their staff page, for facility staff. */
@Component
class DevicesInmateFile implements InmateFile.Contribution {

	private final Devices devices;

	private final MessageSource messages;

	DevicesInmateFile(Devices devices, MessageSource messages) {
		this.devices = devices;
		this.messages = messages;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		if (!staff.hasAnyRole(Role.FACILITY_STAFF)) {
			return List.of();
		}
		return List.of(new InmateFile.Section(70, "inmateFile.devices", null,
				List.of("inmateFile.serial", "inmateFile.model", "staffInmates.status", "inmateFile.since"),
				devices.heldBy(inmate)
					.stream()
					.map(d -> new InmateFile.Row(List.of(Cell.text(d.serial()), Cell.text(d.model()),
							Cell.text(messages.getMessage("device.status." + d.status().name(), null, locale)),
							Cell.at(d.updatedAt())), null, List.of()))
					.toList(),
				List.of()));
	}

}
