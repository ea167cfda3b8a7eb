package org.homeward.messaging.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.WindDownScheduled;
import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.stamps.Stamps;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an agency's contract end is scheduled, every family it concerns (a contact there,
 * or stamps there) is told by e-mail what will happen and when, with a link to download
 * their messages. Runs from the event publication registry, so a crash does not leave
 * families untold; the outbox sends each mail once.
 */
@Component
class WindDownNotices {

	private final Contacts contacts;

	private final Stamps stamps;

	private final Members members;

	private final Directory directory;

	private final Mailer mailer;

	WindDownNotices(Contacts contacts, Stamps stamps, Members members, Directory directory, Mailer mailer) {
		this.contacts = contacts;
		this.stamps = stamps;
		this.members = members;
		this.directory = directory;
		this.mailer = mailer;
	}

	@ApplicationModuleListener(id = "messaging.notify-wind-down")
	void on(WindDownScheduled scheduled) {
		String agency = directory.agency(scheduled.agency()).map(AgencyView::name).orElse("");
		Set<UUID> families = new LinkedHashSet<>(contacts.accountsAt(scheduled.agency()));
		families.addAll(stamps.holders(scheduled.agency()));
		for (UUID family : families) {
			members.member(family)
				.filter(Members.Member::active)
				.ifPresent(member -> mailer.send(new Email(member.email(), "wind-down-notice", member.language(),
						Map.of("name", member.displayName(), "agency", agency, "serviceEndsOn",
								scheduled.serviceEndsOn().toString(), "viewOnlyUntil",
								scheduled.viewOnlyUntil().toString(), "path", "/messages/export.zip"))));
		}
	}

}
