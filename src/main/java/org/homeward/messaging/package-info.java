/**
 * Messaging, the heart of Homeward: photos checked by content, messages paid for with
 * stamps in the same transaction that records them, screening after sending (an event
 * that survives a crash), delivery to the kiosk inbox or the print room, replies with
 * prepaid reply stamps, drafts saved as they are typed, and exports of everything a
 * family wrote and received.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
@org.jspecify.annotations.NullMarked
package org.homeward.messaging;
