package org.homeward.messaging.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.contacts.ContactStatus;
import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.MessageRules;
import org.homeward.contracts.PriceBook;
import org.homeward.contracts.Service;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.ledger.IdempotencyConflict;
import org.homeward.messaging.MessageSent;
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

	private final Contracts contracts;

	private final Stamps stamps;

	private final Drafts drafts;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Correspondence(MessageRecords records, Attachments attachments, Directory directory, Contacts contacts,
			Contracts contracts, Stamps stamps, Drafts drafts, Visibility visibility, ApplicationEventPublisher events,
			Clock clock) {
		this.visibility = visibility;
		this.records = records;
		this.attachments = attachments;
		this.directory = directory;
		this.contacts = contacts;
		this.contracts = contracts;
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
		ContractView contract = writable(account, inmate);
		checkRules(contract.messageRules(), draft.body(), draft.attachmentIds().size());
		return price(contract, draft.body(), draft.attachmentIds().size(), draft.prepaidReply());
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
		ContractView contract = writable(account, inmate);
		checkRules(contract.messageRules(), draft.body(), draft.attachmentIds().size());
		Quote quote = price(contract, draft.body(), draft.attachmentIds().size(), draft.prepaidReply());
		UUID id = Ids.next();
		Instant now = clock.instant();
		boolean privileged = contacts.between(account, inmate.id()).map(ContactView::privileged).orElse(false);
		if (!records.insert(new MessageRecords.NewMessage(id, Direction.TO_INMATE, account, account, inmate.id(),
				inmate.agency().id(), inmate.facility().id(), draft.body(), quote.stamps(), draft.prepaidReply(), key,
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
		ContractView contract = offering(inmate);
		checkRules(contract.messageRules(), body, 0);
		int cost = price(contract, body, 0, false).stamps();
		UUID id = Ids.next();
		if (!records.insert(new MessageRecords.NewMessage(id, Direction.TO_FAMILY, inmateId, account, inmateId,
				inmate.agency().id(), inmate.facility().id(), body, cost, false, key, hash, clock.instant(),
				contact.privileged()))) {
			return replay(records.byKey(inmateId, key).orElseThrow(), hash);
		}
		int own = cost;
		if (cost > 0) {
			Optional<UUID> replyStamp = records.takeReplyStamp(inmateId, account);
			if (replyStamp.isPresent()) {
				records.paidByReplyOf(id, replyStamp.get());
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
		return new Sent(id, MessageStatus.SCREENING, cost);
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

	/** The rules of the agency the inmate is at, for the compose page. */
	public ContractView contractFor(InmateView inmate) {
		return offering(inmate);
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

	/**
	 * The contract, when the member has an active contact with the inmate and the
	 * facility offers messaging.
	 */
	private ContractView writable(UUID account, InmateView inmate) {
		ContactView contact = contacts.between(account, inmate.id())
			.orElseThrow(() -> new BusinessRuleException("not-a-contact",
					inmate.firstName() + " " + inmate.lastName() + " is not one of your contacts yet.",
					Map.of("addContact", "/contacts")));
		switch (contact.status()) {
			case ACTIVE -> {
			}
			case PENDING_APPROVAL -> throw new BusinessRuleException("contact-pending",
					"Your contact with " + inmate.firstName() + " " + inmate.lastName()
							+ " is waiting for the facility's approval.",
					List.of(inmate.firstName() + " " + inmate.lastName()), Map.of());
			case BLOCKED -> throw new BusinessRuleException("contact-blocked",
					"This contact is blocked; messages cannot be sent on it.");
			case DECLINED -> throw new BusinessRuleException("contact-declined",
					"The facility declined this contact; messages cannot be sent on it.");
		}
		return offering(inmate);
	}

	private ContractView offering(InmateView inmate) {
		ContractView contract = contracts.contractOf(inmate.agency().id())
			.orElseThrow(() -> new BusinessRuleException("service-not-available", "messaging",
					inmate.agency().name() + " does not offer messaging.", List.of(inmate.agency().name()), Map.of()));
		if (!contract.offers(Service.MESSAGING, inmate.facility().id())) {
			throw contract.serviceEndsOn() == null
					? new BusinessRuleException("service-not-available", "messages",
							"Messages cannot be sent to " + inmate.facility().name() + " now.",
							List.of(inmate.facility().name()), Map.of())
					: new BusinessRuleException("service-not-available", "messages-ended",
							"Messages cannot be sent to " + inmate.facility().name() + ": the service ended on "
									+ contract.serviceEndsOn() + ". Your messages stay readable and can be exported.",
							List.of(inmate.facility().name(), contract.serviceEndsOn().toString()), Map.of());
		}
		return contract;
	}

	private static void checkRules(MessageRules rules, String body, int photos) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (body.isBlank() && photos == 0) {
			errors.add(InvalidInputException.FieldError.of("body", "message-empty", "must not be empty"));
		}
		int length = body.codePointCount(0, body.length());
		if (length > rules.maxChars()) {
			errors.add(InvalidInputException.FieldError.of("body", "message-too-long",
					"is " + length + " characters; at most " + rules.maxChars() + " are allowed",
					String.valueOf(length), String.valueOf(rules.maxChars())));
		}
		if (photos > 0 && !rules.photosAllowed()) {
			errors.add(InvalidInputException.FieldError.of("attachmentIds", "photos-not-allowed",
					"this agency does not allow photos"));
		}
		else if (photos > Math.min(MAX_PHOTOS, rules.maxPhotos())) {
			errors.add(InvalidInputException.FieldError.of("attachmentIds", "too-many-photos",
					"has " + photos + " photos; at most " + Math.min(MAX_PHOTOS, rules.maxPhotos()) + " are allowed",
					String.valueOf(photos), String.valueOf(Math.min(MAX_PHOTOS, rules.maxPhotos()))));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The message breaks the agency's rules.", errors);
		}
	}

	/**
	 * 1 stamp a page of text (at least one page), 1 a photo, 1 for a prepaid reply: as
	 * the price book says.
	 */
	static Quote price(ContractView contract, String body, int photos, boolean prepaidReply) {
		PriceBook prices = contract.priceBook();
		int length = body.codePointCount(0, body.length());
		int pages = Math.max(1,
				(length + contract.messageRules().charsPerPage() - 1) / contract.messageRules().charsPerPage());
		List<QuoteLine> lines = new ArrayList<>();
		lines.add(new QuoteLine("PAGES", pages, pages * prices.stampsPerPage()));
		if (photos > 0) {
			lines.add(new QuoteLine("PHOTOS", photos, photos * prices.stampsPerPhoto()));
		}
		if (prepaidReply) {
			lines.add(new QuoteLine("PREPAID_REPLY", 1, prices.stampsPerReply()));
		}
		return new Quote(lines.stream().mapToInt(QuoteLine::stamps).sum(), List.copyOf(lines));
	}

}
