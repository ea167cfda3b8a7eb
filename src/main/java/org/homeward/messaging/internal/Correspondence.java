package org.homeward.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.ContractView;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.messaging.MessageSent;
import org.homeward.messaging.MessageWritten;
import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Hashes;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.stamps.Stamps;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading messages. Sending records the message, ties its photos, spends its
 * stamps and publishes {@link MessageSent} in one transaction: all of it happens, or
 * none. A repeat with the same idempotency key answers as the first request did and moves
 * nothing.
 */
@Component
public class Correspondence {

	/** The most photos a message can carry, whatever a contract says. */
	public static final int MAX_PHOTOS = 5;

	/** What a family member asks to send. */
	public record Draft(UUID inmateId, String body, List<UUID> attachmentIds, boolean prepaidReply) {

		public Draft {
			attachmentIds = List.copyOf(attachmentIds);
		}

		String hash() {
			return Hashes.sha256Hex(inmateId + "|" + body + "|" + attachmentIds + "|" + prepaidReply);
		}

	}

	/** What a message costs, line by line. */
	public record Quote(int stamps, List<QuoteLine> lines) {

		/** Whether a reply stamp is paid for with the message. */
		public boolean prepaidReply() {
			return lines.stream().anyMatch(line -> line.item().equals("PREPAID_REPLY"));
		}

	}

	/**
	 * @param item {@code PAGES}, {@code PHOTOS} or {@code PREPAID_REPLY}
	 */
	public record QuoteLine(String item, int count, int stamps) {
	}

	/** The answer to a send: the first answer, again, on a repeat. */
	public record Sent(UUID id, MessageStatus status, int stamps) {
	}

	private final MessageRecords records;

	private final Attachments attachments;

	private final Directory directory;

	private final Contacts contacts;

	private final WritingRules rules;

	private final ReplyStamps replyStamps;

	private final Stamps stamps;

	private final Drafts drafts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Correspondence(MessageRecords records, Attachments attachments, Directory directory, Contacts contacts,
			WritingRules rules, ReplyStamps replyStamps, Stamps stamps, Drafts drafts, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.attachments = attachments;
		this.directory = directory;
		this.contacts = contacts;
		this.rules = rules;
		this.replyStamps = replyStamps;
		this.stamps = stamps;
		this.drafts = drafts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the message would cost the family member, before sending.
	 * @throws NotFoundException for an unknown inmate
	 * @throws BusinessRuleException when the member cannot write to the inmate
	 * @throws InvalidInputException when the message breaks the agency's rules (too long,
	 * too many photos)
	 */
	public Quote quote(UUID account, Draft draft) {
		InmateView inmate = inmate(draft.inmateId());
		ContractView contract = rules.writable(account, inmate);
		WritingRules.check(contract.messageRules(), draft.body(), draft.attachmentIds().size());
		return WritingRules.price(contract, draft.body(), draft.attachmentIds().size(), draft.prepaidReply());
	}

	/**
	 * Sends a family member's message to an inmate.
	 * @param draftId the draft this message was written in, removed once it is sent
	 * @throws IdempotencyConflict when the key was used for a different message
	 * @throws BusinessRuleException when the member cannot write to the inmate or lacks
	 * stamps (then nothing is sent and nothing is spent)
	 */
	@Transactional
	public Sent send(UUID account, String key, Draft draft, @Nullable UUID draftId) {
		Optional<MessageView> earlier = records.byKey(account, key);
		if (earlier.isPresent()) {
			return replay(earlier.get(), draft.hash());
		}
		InmateView inmate = inmate(draft.inmateId());
		ContractView contract = rules.writable(account, inmate);
		WritingRules.check(contract.messageRules(), draft.body(), draft.attachmentIds().size());
		Quote quote = WritingRules.price(contract, draft.body(), draft.attachmentIds().size(), draft.prepaidReply());
		UUID id = Ids.next();
		Instant now = clock.instant();
		boolean privileged = contacts.between(account, inmate.id()).map(ContactView::privileged).orElse(false);
		if (!records.insert(new MessageRecords.NewMessage(id, Direction.TO_INMATE, account, account, inmate.id(),
				inmate.agency().id(), inmate.facility().id(), draft.body(), quote.stamps(), quote.prepaidReply(), key,
				draft.hash(), now, privileged))) {
			return replay(records.byKey(account, key).orElseThrow(), draft.hash());
		}
		attachments.attach(id, account, draft.attachmentIds());
		if (quote.stamps() > 0 && !stamps.spend(account, inmate.agency().id(), quote.stamps(), "message:" + id,
				"message to " + inmate.inmateNumber())) {
			long balance = stamps.balance(account, inmate.agency().id());
			throw new BusinessRuleException("not-enough-stamps",
					"This message needs " + (quote.stamps() == 1 ? "1 stamp" : quote.stamps() + " stamps")
							+ " and you have " + balance + " for " + inmate.agency().name()
							+ ". Buy stamps, then send it again: nothing was sent or spent.",
					List.of(String.valueOf(quote.stamps()), String.valueOf(balance), inmate.agency().name()),
					Map.of("needed", quote.stamps(), "balance", balance, "buyStamps", "/stamps"));
		}
		if (draftId != null) {
			drafts.delete(account, draftId);
		}
		events.publishEvent(new MessageSent(id));
		events.publishEvent(
				new MessageWritten(id, inmate.agency().id(), inmate.facility().id(), true, quote.stamps(), now));
		return new Sent(id, MessageStatus.SCREENING, quote.stamps());
	}

	/**
	 * An inmate replies to a contact: a prepaid reply stamp from that contact pays for
	 * the first page, the inmate's own stamps for the rest.
	 * @throws BusinessRuleException when the contact is not active, or the inmate has no
	 * reply stamp and too few stamps
	 */
	@Transactional
	public Sent reply(UUID inmateId, String key, UUID account, String body, @Nullable UUID draftId) {
		String hash = Hashes.sha256Hex(account + "|" + body);
		Optional<MessageView> earlier = records.byKey(inmateId, key);
		if (earlier.isPresent()) {
			return replay(earlier.get(), hash);
		}
		InmateView inmate = inmate(inmateId);
		ContactView contact = contacts.between(account, inmateId).orElseThrow(() -> new NotFoundException("contact"));
		if (contact.status() != ContactStatus.ACTIVE) {
			throw new BusinessRuleException("contact-not-active",
					"You cannot write to this contact (" + contact.status() + ").");
		}
		ContractView contract = rules.offering(inmate);
		WritingRules.check(contract.messageRules(), body, 0);
		int cost = WritingRules.price(contract, body, 0, false).stamps();
		UUID id = Ids.next();
		if (!records.insert(new MessageRecords.NewMessage(id, Direction.TO_FAMILY, inmateId, account, inmateId,
				inmate.agency().id(), inmate.facility().id(), body, cost, false, key, hash, clock.instant(),
				contact.privileged()))) {
			return replay(records.byKey(inmateId, key).orElseThrow(), hash);
		}
		int own = cost;
		if (cost > 0) {
			Optional<UUID> replyStamp = replyStamps.take(inmateId, account);
			if (replyStamp.isPresent()) {
				replyStamps.paid(id, replyStamp.get());
				own = Math.max(0, cost - contract.priceBook().stampsPerPage());
			}
		}
		if (own > 0 && !stamps.spendAsInmate(inmateId, inmate.agency().id(), own, "message:" + id, "reply " + id)) {
			long balance = stamps.inmateBalance(inmateId, inmate.agency().id());
			throw new BusinessRuleException("not-enough-stamps", "reply",
					"This reply needs " + own + " of your own stamps and you have " + balance
							+ ". Nothing was sent; your draft is kept.",
					List.of(String.valueOf(own), String.valueOf(balance)), Map.of("needed", own));
		}
		if (draftId != null) {
			drafts.delete(inmateId, draftId);
		}
		events.publishEvent(new MessageSent(id));
		events.publishEvent(
				new MessageWritten(id, inmate.agency().id(), inmate.facility().id(), false, cost, clock.instant()));
		return new Sent(id, MessageStatus.SCREENING, cost);
	}

	/** The rules of the agency the inmate is at, for the compose page. */
	public ContractView contractFor(InmateView inmate) {
		return rules.offering(inmate);
	}

	private Sent replay(MessageView earlier, String hash) {
		if (!earlier.requestHash().equals(hash)) {
			throw new IdempotencyConflict(earlier.idempotencyKey());
		}
		return new Sent(earlier.id(), MessageStatus.SCREENING, earlier.stamps());
	}

	private InmateView inmate(UUID id) {
		return directory.inmate(id).orElseThrow(() -> new NotFoundException("inmate"));
	}

}
