package org.homeward.screening.internal;

import java.util.ArrayList;
import java.util.List;

import org.homeward.accounts.Members;
import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.ScreeningPolicy;
import org.homeward.messaging.MessageSent;
import org.homeward.messaging.MessageStatus;
import org.homeward.messaging.Messages;
import org.homeward.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Screens every message after it is sent, from the event publication registry (so a crash
 * does not lose one): the agency's phrases, its watch lists (the inmate, the family
 * account, its e-mail and phones) and its photo rule raise flags; the agency's policy
 * then holds every message, or only flagged ones, and releases the rest at once.
 */
@Component
class Screener {

	private final Messages messages;

	private final ScreeningLists lists;

	private final Contracts contracts;

	private final Members members;

	private final JdbcClient jdbc;

	Screener(Messages messages, ScreeningLists lists, Contracts contracts, Members members, JdbcClient jdbc) {
		this.messages = messages;
		this.lists = lists;
		this.contracts = contracts;
		this.members = members;
		this.jdbc = jdbc;
	}

	/** A reason to hold a message. */
	record Flag(String kind, String detail, Integer start, Integer end) {
	}

	@ApplicationModuleListener(id = "screening.screen-sent-message")
	void on(MessageSent sent) {
		Messages.Subject message = messages.subject(sent.messageId()).orElse(null);
		if (message == null || message.status() != MessageStatus.SCREENING) {
			return;
		}
		if (message.privileged()) {
			// legal mail is not content-screened, and no reviewer may open it
			messages.release(message.id());
			return;
		}
		List<Flag> flags = flags(message);
		ContractView contract = contracts.contractOf(message.agency()).orElse(null);
		boolean holdAll = contract != null && contract.screeningPolicy() == ScreeningPolicy.HOLD_ALL;
		if (holdAll && flags.isEmpty()) {
			flags.add(new Flag("POLICY", "the agency reviews every message", null, null));
		}
		if (contract != null && contract.holdAllPhotos() && !message.photos().isEmpty()) {
			flags.add(new Flag("PHOTO", "the agency reviews every photo", null, null));
		}
		for (Flag flag : flags) {
			jdbc.sql("""
					insert into screening.flag (id, message_id, kind, detail, start_index, end_index)
					values (:id, :message, :kind, :detail, :start, :end)""")
				.param("id", Ids.next())
				.param("message", message.id())
				.param("kind", flag.kind())
				.param("detail", flag.detail())
				.param("start", flag.start())
				.param("end", flag.end())
				.update();
		}
		if (flags.isEmpty()) {
			messages.release(message.id());
		}
		else {
			messages.hold(message.id());
		}
	}

	List<Flag> flags(Messages.Subject message) {
		List<Flag> flags = new ArrayList<>();
		for (PhraseMatcher.Match match : lists.matcher(message.agency()).scan(message.body())) {
			flags.add(new Flag("KEYWORD", match.category() + ": " + match.phrase(), match.start(), match.end()));
		}
		String email = members.emailOf(message.accountId()).orElse("");
		for (ScreeningLists.WatchEntry hit : lists.hits(message.agency(), message.inmateId(), message.accountId(),
				email, members.phonesOf(message.accountId()))) {
			flags.add(new Flag("WATCH_LIST", hit.kind() + " on the watch list: " + hit.reason(), null, null));
		}
		return flags;
	}

}
