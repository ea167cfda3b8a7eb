package org.homeward.messaging;

import java.util.UUID;

/**
 * A message was sent and waits in {@link MessageStatus#SCREENING}. Published in the
 * sending transaction and kept in the event publication registry until screening has
 * finished with it, so it survives a crash.
 */
public record MessageSent(UUID messageId) {
}
