package org.homeward.messaging.internal;

import java.util.Optional;
import java.util.UUID;

import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.internal.Attachments.AttachmentView;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see a photo: the family member who uploaded it, and the inmate once the message
 * carrying it was delivered. Anyone else is told it does not exist.
 */
@Component
public class PhotoAccess {

	/** A photo's bytes with their type. */
	public record Photo(String contentType, byte[] bytes) {
	}

	private final Attachments attachments;

	private final MessageRecords records;

	PhotoAccess(Attachments attachments, MessageRecords records) {
		this.attachments = attachments;
		this.records = records;
	}

	public Optional<Photo> photo(Caller caller, UUID id, boolean thumbnail) {
		Optional<AttachmentView> attachment = attachments.byId(id).filter(a -> maySee(caller, a));
		return attachment.flatMap(a -> attachments.content(id, thumbnail)
			.map(bytes -> new Photo(thumbnail ? "image/jpeg" : a.contentType(), bytes)));
	}

	private boolean maySee(Caller caller, AttachmentView attachment) {
		if (caller.kind() == Caller.Kind.FAMILY) {
			return attachment.ownerId().equals(caller.accountId());
		}
		if (caller.kind() == Caller.Kind.INMATE) {
			return !attachments.rejected(attachment.id()) && attachments.messageOf(attachment.id())
				.flatMap(records::byId)
				.filter(m -> m.inmateId().equals(caller.accountId()) && m.direction() == Direction.TO_INMATE)
				.filter(m -> m.status() == MessageStatus.DELIVERED || m.status() == MessageStatus.READ)
				.isPresent();
		}
		if (caller.kind() == Caller.Kind.STAFF) {
			// the agency's mailroom and investigators see the photos of its messages, to
			// judge them; visitation officers do not
			return caller.agency() != null && caller.hasAnyRole(Role.MAIL_READERS)
					&& attachments.messageOf(attachment.id())
						.flatMap(records::byId)
						.filter(m -> caller.isStaffOf(m.agency()) && !m.privileged())
						.isPresent();
		}
		return false;
	}

}
