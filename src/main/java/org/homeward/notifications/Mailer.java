package org.homeward.notifications;

/**
 * Sends e-mail reliably: only if the surrounding transaction commits, and retried until
 * the server takes it.
 */
public interface Mailer {

	/**
	 * Renders the mail now and queues it in the outbox within the current transaction.
	 * @throws IllegalArgumentException when the template does not exist
	 */
	void send(Email email);

}
