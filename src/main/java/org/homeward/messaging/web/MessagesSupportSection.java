package org.homeward.messaging.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.directory.Directory;
import org.homeward.messaging.internal.Mailbox;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.shared.SupportConsole;
import org.homeward.shared.SupportConsole.Cell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The family's messages on the support console: when, with whom, which way and their
 * status — never what they say.
 */
@Component
class MessagesSupportSection implements SupportConsole.Contribution {

	private final Mailbox mailbox;

	private final Directory directory;

	private final MessageSource messages;

	MessagesSupportSection(Mailbox mailbox, Directory directory, MessageSource messages) {
		this.mailbox = mailbox;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public List<SupportConsole.Section> sections(UUID familyAccount, Locale locale) {
		List<MessageView> all = new ArrayList<>(mailbox.sentBy(familyAccount, 30));
		all.addAll(mailbox.inboxOf(familyAccount, 30));
		all.sort(Comparator.comparing(MessageView::sentAt).reversed());
		List<SupportConsole.Row> rows = all.stream().limit(30).map(m -> row(m, locale)).toList();
		return List.of(new SupportConsole.Section(50, "support.messages",
				List.of("stamps.when", "support.with", "support.direction", "staffInmates.status"), rows, List.of()));
	}

	private SupportConsole.Row row(MessageView m, Locale locale) {
		String with = directory.inmate(m.inmateId())
			.map(i -> i.firstName() + " " + i.lastName() + " · " + i.inmateNumber())
			.orElse("");
		String way = messages.getMessage(m.direction() == Direction.TO_INMATE ? "support.sent" : "support.received",
				null, locale);
		String status = messages.getMessage("message.status." + m.status().name(), null, m.status().name(), locale);
		return new SupportConsole.Row(List.of(Cell.at(m.sentAt()), Cell.text(with), Cell.text(way), Cell.text(status)),
				null);
	}

}
