package org.homeward.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.messaging.MessageDelivered;
import org.homeward.messaging.MessageHeld;
import org.homeward.messaging.MessageRejected;
import org.homeward.messaging.MessageStatus;
import org.homeward.shared.Ids;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored messages and their status histories. Row mappers only map; they never query.
 */
@Repository
public class MessageRecords {

	/** Which way a message goes. */
	public enum Direction {

		TO_INMATE, TO_FAMILY

	}

	/**
	 * A stored message.
	 *
	 * @param senderId the family account or the inmate who sent it
	 * @param replyStamp {@code NONE}, {@code AVAILABLE} (a prepaid reply stamp the inmate
	 * has not used) or {@code USED}
	 * @param paidByReplyOf for an inmate's reply, the message whose prepaid reply stamp
	 * paid for it
	 */
	public record MessageView(UUID id, Direction direction, UUID senderId, UUID accountId, UUID inmateId,
			TenantId agency, UUID facilityId, String body, int stamps, boolean prepaidReply, String replyStamp,
			@Nullable UUID paidByReplyOf, MessageStatus status, String idempotencyKey, String requestHash,
			Instant sentAt, @Nullable Instant deliveredAt, @Nullable Instant readAt, boolean privileged) {

		public String preview() {
			String flat = body.replaceAll("\\s+", " ").strip();
			return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
		}

	}

	/** One status a message had, and when. */
	public record StatusChange(MessageStatus status, Instant at, @Nullable String reason) {
	}

	/** What is needed to record a new message. */
	record NewMessage(UUID id, Direction direction, UUID senderId, UUID accountId, UUID inmateId, TenantId agency,
			UUID facilityId, String body, int stamps, boolean prepaidReply, String key, String requestHash, Instant at,
			boolean privileged) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	MessageRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
	}

	/**
	 * Records the message in SCREENING, unless the sender already used the key.
	 * @return whether it was recorded (false: the key was taken, by this sender's earlier
	 * request)
	 */
	boolean insert(NewMessage message) {
		int inserted = jdbc
			.sql("""
					insert into messaging.message (id, direction, sender_id, account_id, inmate_id, agency_id, facility_id, body,
					                               stamps, prepaid_reply, reply_stamp, status, idempotency_key, request_hash, sent_at,
					                               privileged)
					values (:id, :direction, :sender, :account, :inmate, :agency, :facility, :body, :stamps, :prepaid, :reply,
					        'SCREENING', :key, :hash, :at, :privileged)
					on conflict do nothing""")
			.param("id", message.id())
			.param("direction", message.direction().name())
			.param("sender", message.senderId())
			.param("account", message.accountId())
			.param("inmate", message.inmateId())
			.param("agency", message.agency().value())
			.param("facility", message.facilityId())
			.param("body", message.body())
			.param("stamps", message.stamps())
			.param("prepaid", message.prepaidReply())
			.param("reply", message.prepaidReply() ? "AVAILABLE" : "NONE")
			.param("key", message.key())
			.param("hash", message.requestHash())
			.param("at", utc(message.at()))
			.param("privileged", message.privileged())
			.update();
		if (inserted == 1) {
			history(message.id(), MessageStatus.SCREENING, message.at(), null);
		}
		return inserted == 1;
	}

	Optional<MessageView> byKey(UUID sender, String key) {
		return jdbc.sql("select * from messaging.message where sender_id = :sender and idempotency_key = :key")
			.param("sender", sender)
			.param("key", key)
			.query(MessageRecords::message)
			.optional();
	}

	public Optional<MessageView> byId(UUID id) {
		return jdbc.sql("select * from messaging.message where id = :id")
			.param("id", id)
			.query(MessageRecords::message)
			.optional();
	}

	/** The inmate's newest messages, both ways, newest first (for staff). */
	public List<MessageView> newestOfInmate(UUID inmate, int limit) {
		return jdbc.sql("select * from messaging.message where inmate_id = :inmate order by sent_at desc limit :limit")
			.param("inmate", inmate)
			.param("limit", limit)
			.query(MessageRecords::message)
			.list();
	}

	/** Locks the message row until the transaction ends. */
	Optional<MessageView> lock(UUID id) {
		return jdbc.sql("select * from messaging.message where id = :id for update")
			.param("id", id)
			.query(MessageRecords::message)
			.optional();
	}

	/**
	 * Moves the message from one status to another and records the change.
	 * @return false when the message was no longer in {@code from}
	 * @throws org.homeward.shared.Lifecycle.IllegalMove when a message never moves so
	 */
	boolean move(UUID id, MessageStatus from, MessageStatus to, Instant at, @Nullable String reason) {
		MessageStatus.LIFECYCLE.move(from, to);
		String timeColumn = switch (to) {
			case DELIVERED, QUEUED_FOR_PRINT -> ", delivered_at = :at";
			case READ -> ", read_at = :at";
			default -> "";
		};
		int moved = jdbc
			.sql("update messaging.message set status = :to" + timeColumn + " where id = :id and status = :from")
			.param("to", to.name())
			.param("at", utc(at))
			.param("id", id)
			.param("from", from.name())
			.update();
		if (moved == 1) {
			history(id, to, at, reason);
			announce(id, to, at, reason);
		}
		return moved == 1;
	}

	/**
	 * Tells other modules of the moves they count: held, delivered (on a screen or on
	 * paper), rejected.
	 */
	private void announce(UUID id, MessageStatus to, Instant at, @Nullable String reason) {
		if (to != MessageStatus.HELD && to != MessageStatus.DELIVERED && to != MessageStatus.PRINTED
				&& to != MessageStatus.REJECTED) {
			return;
		}
		MessageView message = byId(id).orElseThrow();
		boolean toInmate = message.direction() == Direction.TO_INMATE;
		events.publishEvent(switch (to) {
			case HELD -> new MessageHeld(id, message.agency(), message.facilityId(), toInmate, message.sentAt(), at);
			case REJECTED -> new MessageRejected(id, message.agency(), message.facilityId(), toInmate,
					reason == null ? "" : reason, message.sentAt(), at);
			default -> new MessageDelivered(id, message.agency(), message.facilityId(), toInmate,
					to == MessageStatus.PRINTED, message.sentAt(), at);
		});
	}

	public List<StatusChange> historyOf(UUID message) {
		return jdbc
			.sql("select status, at, reason from messaging.message_status where message_id = :id order by at, id")
			.param("id", message)
			.query((rs, n) -> new StatusChange(MessageStatus.valueOf(rs.getString("status")),
					rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("reason")))
			.list();
	}

	private void history(UUID message, MessageStatus status, Instant at, @Nullable String reason) {
		jdbc.sql(
				"insert into messaging.message_status (id, message_id, status, at, reason) values (:id, :message, :status, :at, :reason)")
			.param("id", Ids.next())
			.param("message", message)
			.param("status", status.name())
			.param("at", utc(at))
			.param("reason", reason)
			.update();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	static MessageView message(ResultSet rs, int n) throws SQLException {
		return new MessageView(rs.getObject("id", UUID.class), Direction.valueOf(rs.getString("direction")),
				rs.getObject("sender_id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getObject("inmate_id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getObject("facility_id", UUID.class), rs.getString("body"), rs.getInt("stamps"),
				rs.getBoolean("prepaid_reply"), rs.getString("reply_stamp"),
				rs.getObject("paid_by_reply_of", UUID.class), MessageStatus.valueOf(rs.getString("status")),
				rs.getString("idempotency_key"), rs.getString("request_hash"),
				rs.getObject("sent_at", OffsetDateTime.class).toInstant(), instant(rs, "delivered_at"),
				instant(rs, "read_at"), rs.getBoolean("privileged"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
