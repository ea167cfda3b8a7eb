package org.homeward.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.contacts.ContactView;
import org.homeward.contacts.Contacts;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.MessageRules;
import org.homeward.contracts.PriceBook;
import org.homeward.contracts.Service;
import org.homeward.directory.InmateView;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Whether a message may be written, and what it costs: an active contact, a facility that
 * offers messaging, the agency's rules of length and photos, and its price book.
 */
@Component
class WritingRules {

	private final Contacts contacts;

	private final Contracts contracts;

	WritingRules(Contacts contacts, Contracts contracts) {
		this.contacts = contacts;
		this.contracts = contracts;
	}

	/**
	 * The contract, when the member has an active contact with the inmate and the
	 * facility offers messaging.
	 */
	ContractView writable(UUID account, InmateView inmate) {
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

	ContractView offering(InmateView inmate) {
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

	static void check(MessageRules rules, String body, int photos) {
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
		else if (photos > Math.min(Correspondence.MAX_PHOTOS, rules.maxPhotos())) {
			errors.add(InvalidInputException.FieldError.of("attachmentIds", "too-many-photos",
					"has " + photos + " photos; at most " + Math.min(Correspondence.MAX_PHOTOS, rules.maxPhotos())
							+ " are allowed",
					String.valueOf(photos), String.valueOf(Math.min(Correspondence.MAX_PHOTOS, rules.maxPhotos()))));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The message breaks the agency's rules.", errors);
		}
	}

	/**
	 * 1 stamp a page of text (at least one page), 1 a photo, 1 for a prepaid reply: as
	 * the price book says; nothing where messages do not cost stamps (the inmate pays by
	 * the minute, or nobody does): every line at 0, and no prepaid reply to pay for.
	 */
	static Correspondence.Quote price(ContractView contract, String body, int photos, boolean prepaidReply) {
		PriceBook prices = contract.priceBook();
		int paid = prices.messagePricing().stamps() ? 1 : 0;
		int length = body.codePointCount(0, body.length());
		int pages = Math.max(1,
				(length + contract.messageRules().charsPerPage() - 1) / contract.messageRules().charsPerPage());
		List<Correspondence.QuoteLine> lines = new ArrayList<>();
		lines.add(new Correspondence.QuoteLine("PAGES", pages, paid * pages * prices.stampsPerPage()));
		if (photos > 0) {
			lines.add(new Correspondence.QuoteLine("PHOTOS", photos, paid * photos * prices.stampsPerPhoto()));
		}
		if (prepaidReply && paid > 0) {
			lines.add(new Correspondence.QuoteLine("PREPAID_REPLY", 1, prices.stampsPerReply()));
		}
		return new Correspondence.Quote(lines.stream().mapToInt(Correspondence.QuoteLine::stamps).sum(),
				List.copyOf(lines));
	}

}
