package org.homeward.notifications.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Hands mails to whatever delivers them. A mail it could not deliver is tried again later
 * by the outbox.
 */
interface MailTransport {

	/** A rendered mail to deliver. */
	record Outgoing(String to, String subject, String text, String html, @Nullable String calendar) {

		Outgoing(String to, String subject, String text, String html) {
			this(to, subject, text, html, null);
		}

	}

	/**
	 * Delivers the mails (over one connection where the transport has connections).
	 * @return the mails not delivered, by their position in {@code mails}, with the
	 * reason
	 */
	Map<Integer, Exception> deliver(List<Outgoing> mails);

}
