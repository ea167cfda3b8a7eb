package org.homeward.messaging.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.internal.MessageRecords;
import org.homeward.shared.Caller;
import org.homeward.shared.InmateFile;
import org.homeward.shared.Role;
import org.homeward.shared.SupportConsole.Cell;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inmate's newest messages on their staff page, for those who handle or read mail:
 * when, which way, with whom and where each stands. Words are read in the review queue or
 * an investigation, not here; a held one leads to the review queue. Legal mail shows only
 * that it is legal.
 */
@Component
class MessagesInmateFile implements InmateFile.Contribution {

	private final MessageRecords records;

	private final Members members;

	private final MessageSource messages;

	MessagesInmateFile(MessageRecords records, Members members, MessageSource messages) {
		this.records = records;
		this.members = members;
		this.messages = messages;
	}

	@Override
	public List<InmateFile.Section> sections(UUID inmate, TenantId agency, Caller staff, Locale locale) {
		if (!staff.hasAnyRole(Role.MAIL_READERS)) {
			return List.of();
		}
		boolean reviews = staff.hasAnyRole(Role.MAILROOM);
		return List.of(
				new InmateFile.Section(40, "inmateFile.messages", null,
						List.of("inmateFile.when", "inmateFile.way", "inmateFile.person", "staffInmates.status"),
						records.newestOfInmate(inmate, 20)
							.stream()
							.map(m -> new InmateFile.Row(
									List.of(Cell.at(m.sentAt()),
											Cell.text(words(
													m.direction() == MessageRecords.Direction.TO_INMATE
															? "inmateFile.toInmate" : "inmateFile.fromInmate",
													locale)),
											Cell.text(members.member(m.accountId())
												.map(Members.Member::displayName)
												.orElse("")
													+ (m.privileged() ? " · " + words("inmateFile.legalMail", locale)
															: "")),
											Cell.text(words("message.status." + m.status().name(), locale))),
									reviews && m.status() == MessageStatus.HELD ? "/staff/review" : null, List.of()))
							.toList(),
						List.of()));
	}

	private String words(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
