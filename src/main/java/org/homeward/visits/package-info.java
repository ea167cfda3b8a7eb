/**
 * Video visits: each facility's visiting schedule, the slots families can book, bookings
 * paid by card and their refunds, staff approval and cancellation, and what inmates see
 * at the kiosk.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visits")
@org.jspecify.annotations.NullMarked
package org.homeward.visits;
