package org.homeward.messaging;

/** Where a message is (API.md). Every change is kept with its time and shown to the sender. */
public enum MessageStatus {

	SCREENING, HELD, DELIVERED, QUEUED_FOR_PRINT, PRINTED, READ, REJECTED

}
