package org.homeward.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.files.BlobStore;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Photos uploaded for messages: checked and cleaned by {@link Photos}, the cleaned image
 * and its thumbnail written to the blob store before the row that names them, so a row
 * never points at nothing.
 */
@Service
public class Attachments {

	/** A stored photo. */
	public record AttachmentView(UUID id, UUID ownerId, String contentType, long sizeBytes, int width, int height,
			String sha256, @Nullable String fileName) {
	}

	private final JdbcClient jdbc;

	private final Photos photos;

	private final BlobStore blobs;

	private final MessagingSettings settings;

	private final Clock clock;

	Attachments(JdbcClient jdbc, Photos photos, BlobStore blobs, MessagingSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.blobs = blobs;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Checks and keeps a photo for its owner.
	 * @throws InvalidInputException naming why the file is refused
	 */
	public AttachmentView upload(UUID owner, byte[] file, @Nullable String fileName) {
		withinLimits(owner);
		Photos.CleanPhoto photo = photos.check(file);
		UUID id = Ids.next();
		String key = "attachments/" + id;
		blobs.put(key + "/photo", photo.bytes());
		blobs.put(key + "/thumbnail", photo.thumbnail());
		String name = fileName == null ? null : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
		if (name != null && name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		jdbc.sql(
				"""
						insert into messaging.attachment (id, owner_id, content_type, size_bytes, width, height, sha256, blob_key,
						                                  thumbnail_key, file_name, created_at)
						values (:id, :owner, :type, :size, :width, :height, :sha, :blob, :thumb, :name, :now)""")
			.param("id", id)
			.param("owner", owner)
			.param("type", photo.contentType())
			.param("size", photo.bytes().length)
			.param("width", photo.width())
			.param("height", photo.height())
			.param("sha", Hashes.sha256Hex(photo.bytes()))
			.param("blob", key + "/photo")
			.param("thumb", key + "/thumbnail")
			.param("name", name)
			.param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
		return byId(id).orElseThrow();
	}

	/**
	 * An account may hold only so many photos that are in no sent message, and upload
	 * only so many an hour.
	 * @throws BusinessRuleException naming the limit
	 */
	private void withinLimits(UUID owner) {
		Instant now = clock.instant();
		Map<String, Object> counts = jdbc
			.sql("""
					select count(*) filter (where created_at > :hourAgo) as last_hour,
					       count(*) filter (where not exists (select 1 from messaging.message_attachment m where m.attachment_id = a.id)) as unsent
					  from messaging.attachment a where owner_id = :owner""")
			.param("owner", owner)
			.param("hourAgo", now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
			.query()
			.singleRow();
		if (((Number) counts.get("last_hour")).longValue() >= settings.uploadsPerHour()) {
			throw new BusinessRuleException("too-many-uploads",
					"You have added " + settings.uploadsPerHour()
							+ " photos in the last hour, the most an hour allows: please try again later.",
					List.of(String.valueOf(settings.uploadsPerHour())), Map.of());
		}
		if (((Number) counts.get("unsent")).longValue() >= settings.maxUnsentPhotos()) {
			throw new BusinessRuleException("too-many-unsent-photos",
					"You have " + settings.maxUnsentPhotos()
							+ " photos that are in no sent message yet: send or remove some before adding more.",
					List.of(String.valueOf(settings.maxUnsentPhotos())), Map.of());
		}
	}

	public Optional<AttachmentView> byId(UUID id) {
		return jdbc.sql("select * from messaging.attachment where id = :id")
			.param("id", id)
			.query(Attachments::row)
			.optional();
	}

	/**
	 * Ties photos to a message, in the order given: each must belong to the sender and
	 * not be in another message.
	 * @throws InvalidInputException otherwise
	 */
	void attach(UUID message, UUID owner, List<UUID> ids) {
		List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
		for (int i = 0; i < distinct.size(); i++) {
			UUID id = distinct.get(i);
			boolean usable = byId(id).filter(a -> a.ownerId().equals(owner)).isPresent()
					&& jdbc.sql("select count(*) from messaging.message_attachment where attachment_id = :id")
						.param("id", id)
						.query(Integer.class)
						.single() == 0;
			if (!usable) {
				throw new InvalidInputException("attachmentIds",
						"contains a photo that is not yours or is already in a message");
			}
			jdbc.sql("""
					insert into messaging.message_attachment (message_id, position, attachment_id, status)
					values (:message, :position, :attachment, 'SENT')""")
				.param("message", message)
				.param("position", i)
				.param("attachment", id)
				.update();
		}
	}

	/** The photos of a message, in order. */
	public List<AttachmentView> ofMessage(UUID message) {
		return jdbc.sql("""
				select a.* from messaging.message_attachment m join messaging.attachment a on a.id = m.attachment_id
				 where m.message_id = :message order by m.position""")
			.param("message", message)
			.query(Attachments::row)
			.list();
	}

	/**
	 * The photos of a message that reach its recipient (not those a reviewer rejected),
	 * in order.
	 */
	public List<AttachmentView> deliveredOf(UUID message) {
		return jdbc.sql("""
				select a.* from messaging.message_attachment m join messaging.attachment a on a.id = m.attachment_id
				 where m.message_id = :message and m.status = 'SENT' order by m.position""")
			.param("message", message)
			.query(Attachments::row)
			.list();
	}

	/** Whether a reviewer rejected this photo. */
	boolean rejected(UUID attachment) {
		return jdbc
			.sql("select count(*) from messaging.message_attachment where attachment_id = :id and status = 'REJECTED'")
			.param("id", attachment)
			.query(Integer.class)
			.single() > 0;
	}

	/** The message a photo was sent in, if any. */
	Optional<UUID> messageOf(UUID attachment) {
		return jdbc.sql("select message_id from messaging.message_attachment where attachment_id = :id")
			.param("id", attachment)
			.query(UUID.class)
			.optional();
	}

	/** The bytes of the photo, or of its thumbnail. */
	Optional<byte[]> content(UUID attachment, boolean thumbnail) {
		return blobs.get("attachments/" + attachment + (thumbnail ? "/thumbnail" : "/photo"));
	}

	private static AttachmentView row(ResultSet rs, int n) throws SQLException {
		return new AttachmentView(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getInt("width"), rs.getInt("height"),
				rs.getString("sha256"), rs.getString("file_name"));
	}

}
