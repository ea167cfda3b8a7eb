package org.homeward.messaging.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading messages: a family's folders and messages, an inmate's, each marked read the
 * first time its reader opens it. Never a message of an agency whose families may no
 * longer see it, never one still in screening to its reader.
 */
@Component
public class Mailbox {

	private final MessageRecords records;

	private final Visibility visibility;

	private final Clock clock;

	Mailbox(MessageRecords records, Visibility visibility, Clock clock) {
		this.records = records;
		this.visibility = visibility;
		this.clock = clock;
	}

	/**
	 * A message as its family member may see it: one they sent, or a reply delivered to
	 * them, which is marked READ.
	 * @throws NotFoundException for anything else
	 */
	@Transactional
	public MessageView readAsFamily(UUID account, UUID id) {
		MessageView message = records.byId(id)
			.filter(m -> m.accountId().equals(account))
			.filter(m -> visibility.shownToFamilies(m.agency()))
			.filter(m -> m.direction() == Direction.TO_INMATE || m.status() == MessageStatus.DELIVERED
					|| m.status() == MessageStatus.READ)
			.orElseThrow(() -> new NotFoundException("message"));
		if (message.direction() == Direction.TO_FAMILY && message.status() == MessageStatus.DELIVERED) {
			records.move(id, MessageStatus.DELIVERED, MessageStatus.READ, clock.instant(), null);
			return records.byId(id).orElseThrow();
		}
		return message;
	}

	/**
	 * A message delivered to the inmate, marked READ (the sender sees when), or one the
	 * inmate sent.
	 * @throws NotFoundException for anything else
	 */
	@Transactional
	public MessageView readAsInmate(UUID inmate, UUID id) {
		MessageView message = records.byId(id)
			.filter(m -> m.inmateId().equals(inmate))
			.filter(m -> m.direction() == Direction.TO_FAMILY || m.status() == MessageStatus.DELIVERED
					|| m.status() == MessageStatus.READ)
			.orElseThrow(() -> new NotFoundException("message"));
		if (message.direction() == Direction.TO_INMATE && message.status() == MessageStatus.DELIVERED) {
			records.move(id, MessageStatus.DELIVERED, MessageStatus.READ, clock.instant(), null);
			return records.byId(id).orElseThrow();
		}
		return message;
	}

	/**
	 * The member's sent messages (or received replies), without those of agencies whose
	 * contract has ended.
	 */
	public List<MessageView> familyFolder(UUID account, boolean inbox) {
		return (inbox ? records.inboxOf(account, 200) : records.sentBy(account, 200)).stream()
			.filter(m -> visibility.shownToFamilies(m.agency()))
			.toList();
	}

}
