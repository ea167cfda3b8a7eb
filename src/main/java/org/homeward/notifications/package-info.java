/**
 * E-mail to families and staff: rendered from templates in the reader's language, written
 * to an outbox in the same transaction as the change that caused it, and sent (with
 * retries) after it commits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package org.homeward.notifications;
