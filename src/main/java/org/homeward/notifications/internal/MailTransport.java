package org.homeward.notifications.internal;

/** Hands one mail to whatever delivers it. Throws when it could not; the outbox tries again later. */
interface MailTransport {

	void deliver(String to, String subject, String text, String html) throws Exception;

}
