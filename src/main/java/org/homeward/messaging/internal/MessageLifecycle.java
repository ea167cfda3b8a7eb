package org.homeward.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.MessageDelivery;
import org.homeward.directory.Directory;
import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.Messages;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Ids;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.homeward.stamps.Stamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves messages after they are sent: held for review, delivered (kiosk inbox or print
 * queue; a reply to a family is delivered and the family told, never with the content),
 * or rejected with the stamps given back: all of them, or a rejected photo's. Each move
 * is a compare-and-set on the status, so doing it twice does nothing more.
 */
@Service
class MessageLifecycle implements Messages {

	private final MessageRecords records;

	private final MessageArchive archive;

	private final ReplyStamps replyStamps;

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final Directory directory;

	private final Members members;

	private final Mailer mailer;

	private final Stamps stamps;

	private final Clock clock;

	MessageLifecycle(MessageRecords records, MessageArchive archive, ReplyStamps replyStamps, JdbcClient jdbc,
			Contracts contracts, Directory directory, Members members, Mailer mailer, Stamps stamps, Clock clock) {
		this.records = records;
		this.archive = archive;
		this.replyStamps = replyStamps;
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.directory = directory;
		this.members = members;
		this.mailer = mailer;
		this.stamps = stamps;
		this.clock = clock;
	}

	@Override
	public Optional<Subject> subject(UUID message) {
		return archive.subject(message);
	}

	@Override
	public List<Subject> held(TenantId agency, @Nullable UUID facility, int limit) {
		return archive.held(agency, facility, limit);
	}

	@Override
	public Map<UUID, Instant> oldestHeldByFacility(TenantId agency) {
		return archive.oldestHeldByFacility(agency);
	}

	@Override
	public List<Subject> search(TenantId agency, Search search, int limit) {
		return archive.search(agency, search, limit);
	}

	@Override
	public List<Correspondent> correspondents(TenantId agency, UUID inmate) {
		return archive.correspondents(agency, inmate);
	}

	@Override
	@Transactional
	public void hold(UUID message) {
		records.move(message, MessageStatus.SCREENING, MessageStatus.HELD, clock.instant(), null);
	}

	@Override
	@Transactional
	public void release(UUID id) {
		MessageView message = records.lock(id).orElseThrow(() -> new NotFoundException("message"));
		if (message.status() != MessageStatus.SCREENING && message.status() != MessageStatus.HELD) {
			return;
		}
		if (message.direction() == Direction.TO_INMATE) {
			MessageStatus to = contracts.deliveryAt(message.agency(), message.facilityId()) == MessageDelivery.PRINTED
					? MessageStatus.QUEUED_FOR_PRINT : MessageStatus.DELIVERED;
			records.move(id, message.status(), to, clock.instant(), null);
			return;
		}
		records.move(id, message.status(), MessageStatus.DELIVERED, clock.instant(), null);
		members.member(message.accountId()).filter(Members.Member::active).ifPresent(member -> {
			String inmate = directory.inmate(message.inmateId())
				.map(i -> i.firstName() + " " + i.lastName())
				.orElse("");
			mailer.send(new Email(member.email(), "message-notice", member.language(),
					Map.of("name", member.displayName(), "inmate", inmate, "path", "/messages/" + id)));
		});
	}

	@Override
	@Transactional
	public void reject(UUID id, String reason) {
		MessageView message = records.lock(id).orElseThrow(() -> new NotFoundException("message"));
		if (message.status() != MessageStatus.HELD) {
			throw new ConflictException("Only a held message can be rejected; this one is " + message.status() + ".");
		}
		records.move(id, MessageStatus.HELD, MessageStatus.REJECTED, clock.instant(), reason);
		int alreadyBack = jdbc
			.sql("select count(*) from messaging.message_attachment where message_id = :id and status = 'REJECTED'")
			.param("id", id)
			.query(Integer.class)
			.single() * stampsPerPhoto(message);
		// a reply's first page may have been paid by a prepaid reply stamp, which is
		// given back below instead
		int replyStamp = message.paidByReplyOf() == null ? 0 : Math.min(message.stamps(),
				contracts.contractOf(message.agency()).map(c -> c.priceBook().stampsPerPage()).orElse(1));
		giveBack(message, message.stamps() - alreadyBack - replyStamp, "reject:" + id, "Message rejected: " + reason);
		if (message.direction() == Direction.TO_FAMILY && message.paidByReplyOf() != null) {
			// the prepaid reply stamp it used can be used again
			replyStamps.giveBack(message.paidByReplyOf());
		}
	}

	@Override
	@Transactional
	public void rejectPhotos(UUID id, List<UUID> photos, String reason) {
		MessageView message = records.lock(id).orElseThrow(() -> new NotFoundException("message"));
		if (message.status() != MessageStatus.HELD) {
			throw new ConflictException(
					"Only a held message's photos can be rejected; this one is " + message.status() + ".");
		}
		for (UUID photo : photos) {
			int rejected = jdbc.sql("""
					update messaging.message_attachment set status = 'REJECTED'
					 where message_id = :message and attachment_id = :photo and status = 'SENT'""")
				.param("message", id)
				.param("photo", photo)
				.update();
			if (rejected == 0) {
				throw new NotFoundException("photo");
			}
			giveBack(message, stampsPerPhoto(message), "reject-photo:" + photo, "Photo rejected: " + reason);
			jdbc.sql(
					"insert into messaging.message_status (id, message_id, status, at, reason) values (:id, :message, 'HELD', :at, :reason)")
				.param("id", Ids.next())
				.param("message", id)
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.param("reason", "A photo was rejected: " + reason)
				.update();
		}
	}

	private void giveBack(MessageView message, int count, String refundKey, String reason) {
		if (count <= 0) {
			return;
		}
		if (message.direction() == Direction.TO_INMATE) {
			stamps.refund(message.accountId(), message.agency(), count, "message:" + message.id(), refundKey, reason);
		}
		else {
			stamps.refundToInmate(message.inmateId(), message.agency(), count, refundKey, reason);
		}
	}

	private int stampsPerPhoto(MessageView message) {
		return contracts.contractOf(message.agency())
			.map(ContractView::priceBook)
			.map(p -> p.stampsPerPhoto())
			.orElse(1);
	}

}
