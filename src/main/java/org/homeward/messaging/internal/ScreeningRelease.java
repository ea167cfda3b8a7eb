package org.homeward.messaging.internal;

import java.time.Clock;
import java.util.Map;

import org.homeward.accounts.Members;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.MessageDelivery;
import org.homeward.directory.Directory;
import org.homeward.messaging.MessageSent;
import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The screening step every message passes after it is sent, run from the event publication registry (after the
 * sending transaction commits, and again after a crash until it has finished). Until keyword and watch-list
 * screening arrives, it releases every message: to the kiosk inbox, or to the print queue where the facility prints
 * its mail; a reply to a family is delivered and the family is told by e-mail, never with the content.
 */
@Component
class ScreeningRelease {

	private final MessageRecords records;

	private final Contracts contracts;

	private final Directory directory;

	private final Members members;

	private final Mailer mailer;

	private final Clock clock;

	ScreeningRelease(MessageRecords records, Contracts contracts, Directory directory, Members members, Mailer mailer,
			Clock clock) {
		this.records = records;
		this.contracts = contracts;
		this.directory = directory;
		this.members = members;
		this.mailer = mailer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MessageSent sent) {
		MessageView message = records.lock(sent.messageId()).orElse(null);
		if (message == null || message.status() != MessageStatus.SCREENING) {
			return;
		}
		if (message.direction() == Direction.TO_INMATE) {
			MessageStatus to = contracts.deliveryAt(message.agency(), message.facilityId()) == MessageDelivery.PRINTED
					? MessageStatus.QUEUED_FOR_PRINT : MessageStatus.DELIVERED;
			records.move(message.id(), MessageStatus.SCREENING, to, clock.instant(), null);
			return;
		}
		records.move(message.id(), MessageStatus.SCREENING, MessageStatus.DELIVERED, clock.instant(), null);
		members.member(message.accountId()).filter(Members.Member::active).ifPresent(member -> {
			String inmate = directory.inmate(message.inmateId()).map(i -> i.firstName() + " " + i.lastName()).orElse("");
			mailer.send(new Email(member.email(), "message-notice", member.language(),
					Map.of("name", member.displayName(), "inmate", inmate, "path", "/messages/" + message.id())));
		});
	}

}
