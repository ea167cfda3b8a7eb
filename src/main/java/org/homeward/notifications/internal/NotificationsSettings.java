package org.homeward.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every mail
 * @param publicUrl where people reach Homeward; links in mails start with it
 * @param localMailbox deliver to the local mailbox page instead of SMTP (the demo run)
 * @param pollInterval how often the outbox is sent
 * @param senders threads sending the outbox at once, each a batch of mail over its own
 * connection to the mail server and one of the database's
 */
@ConfigurationProperties("homeward.notifications")
record NotificationsSettings(@DefaultValue("Homeward <no-reply@homeward.test>") String from,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("false") boolean localMailbox,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("2") int senders) {

	NotificationsSettings {
		if (senders < 1) {
			throw new IllegalArgumentException("homeward.notifications.senders must be at least 1, not " + senders);
		}
	}

}
