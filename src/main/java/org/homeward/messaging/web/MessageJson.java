package org.homeward.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.messaging.internal.Attachments.AttachmentView;
import org.homeward.messaging.internal.Drafts.DraftView;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.messaging.internal.MessageRecords.StatusChange;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the messaging API (API.md). */
final class MessageJson {

	private MessageJson() {
	}

	record AttachmentJson(UUID id, String contentType, long sizeBytes, int width, int height, String url,
			String thumbnailUrl) {

		static AttachmentJson of(AttachmentView attachment, String base) {
			return new AttachmentJson(attachment.id(), attachment.contentType(), attachment.sizeBytes(),
					attachment.width(), attachment.height(), base + attachment.id(),
					base + attachment.id() + "/thumbnail");
		}

	}

	record SentJson(UUID id, String status, int stamps) {
	}

	record SummaryJson(UUID id, UUID inmateId, String direction, String status, Instant sentAt, String preview) {

		static SummaryJson of(MessageView message) {
			return new SummaryJson(message.id(), message.inmateId(), message.direction().name(),
					message.status().name(), message.sentAt(), message.preview());
		}

	}

	record HistoryJson(String status, Instant at, @Nullable String reason) {

		static HistoryJson of(StatusChange change) {
			return new HistoryJson(change.status().name(), change.at(), change.reason());
		}

	}

	record DetailJson(UUID id, String direction, UUID inmateId, UUID accountId, String body,
			List<AttachmentJson> attachments, String status, int stamps, boolean prepaidReply, Instant sentAt,
			@Nullable Instant deliveredAt, @Nullable Instant readAt, List<HistoryJson> history) {
	}

	record DraftJson(UUID id, UUID inmateId, @Nullable UUID accountId, String body, List<UUID> attachmentIds,
			boolean prepaidReply, Instant updatedAt) {

		static DraftJson of(DraftView draft) {
			return new DraftJson(draft.id(), draft.inmateId(), draft.accountId(), draft.body(), draft.attachmentIds(),
					draft.prepaidReply(), draft.updatedAt());
		}

	}

}
