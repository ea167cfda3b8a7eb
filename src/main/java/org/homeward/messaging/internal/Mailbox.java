package org.homeward.messaging.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final Clock clock;

	Mailbox(MessageRecords records, JdbcClient jdbc, Visibility visibility, Clock clock) {
		this.records = records;
		this.jdbc = jdbc;
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
		return (inbox ? inboxOf(account, 200) : sentBy(account, 200)).stream()
			.filter(m -> visibility.shownToFamilies(m.agency()))
			.toList();
	}

	/** What a family member sent, newest first. */
	public List<MessageView> sentBy(UUID account, int limit) {
		return jdbc.sql("""
				select * from messaging.message where account_id = :account and direction = 'TO_INMATE'
				 order by sent_at desc limit :limit""")
			.param("account", account)
			.param("limit", limit)
			.query(MessageRecords::message)
			.list();
	}

	/** The replies a family member has received, newest first. */
	public List<MessageView> inboxOf(UUID account, int limit) {
		return jdbc.sql("""
				select * from messaging.message where account_id = :account and direction = 'TO_FAMILY'
				   and status in ('DELIVERED', 'READ') order by delivered_at desc limit :limit""")
			.param("account", account)
			.param("limit", limit)
			.query(MessageRecords::message)
			.list();
	}

	/** The messages delivered to an inmate's kiosk inbox, newest first. */
	public List<MessageView> kioskInbox(UUID inmate, int limit) {
		return jdbc.sql("""
				select * from messaging.message where inmate_id = :inmate and direction = 'TO_INMATE'
				   and status in ('DELIVERED', 'READ') order by delivered_at desc limit :limit""")
			.param("inmate", inmate)
			.param("limit", limit)
			.query(MessageRecords::message)
			.list();
	}

	/** What an inmate sent, newest first. */
	public List<MessageView> sentByInmate(UUID inmate, int limit) {
		return jdbc.sql("""
				select * from messaging.message where inmate_id = :inmate and direction = 'TO_FAMILY'
				 order by sent_at desc limit :limit""")
			.param("inmate", inmate)
			.param("limit", limit)
			.query(MessageRecords::message)
			.list();
	}

	/**
	 * Everything between an account and its inmates, oldest first: what an export holds.
	 */
	public List<MessageView> conversation(UUID account, @Nullable UUID inmate) {
		var query = jdbc.sql("""
				select * from messaging.message where account_id = :account %s
				   and (direction = 'TO_INMATE' or status in ('DELIVERED', 'READ'))
				 order by sent_at""".formatted(inmate == null ? "" : "and inmate_id = :inmate"))
			.param("account", account);
		if (inmate != null) {
			query = query.param("inmate", inmate);
		}
		return query.query(MessageRecords::message).list();
	}

}
