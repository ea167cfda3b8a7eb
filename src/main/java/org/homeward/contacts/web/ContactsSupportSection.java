package org.homeward.contacts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.contacts.Contacts;
import org.homeward.directory.Directory;
import org.homeward.shared.SupportConsole;
import org.homeward.shared.SupportConsole.Cell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The family's loved ones on the support console, with each contact's status. */
@Component
class ContactsSupportSection implements SupportConsole.Contribution {

	private final Contacts contacts;

	private final Directory directory;

	private final MessageSource messages;

	ContactsSupportSection(Contacts contacts, Directory directory, MessageSource messages) {
		this.contacts = contacts;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public List<SupportConsole.Section> sections(UUID familyAccount, Locale locale) {
		return List.of(
				new SupportConsole.Section(10, "support.contacts",
						List.of("support.person", "support.agency", "staffInmates.status"),
						contacts.ofAccount(familyAccount)
							.stream()
							.flatMap(c -> directory.inmate(c.inmateId())
								.map(i -> new SupportConsole.Row(List.of(
										Cell.text(i.firstName() + " " + i.lastName() + " · " + i.inmateNumber()),
										Cell.text(i.agency().name()),
										Cell.text(messages.getMessage("contacts.status." + c.status().name(), null,
												c.status().name(), locale))),
										null))
								.stream())
							.toList(),
						List.of()));
	}

}
