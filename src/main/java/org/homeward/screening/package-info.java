/**
 * Screening and review: every message, both directions, is screened after it is sent
 * against the agency's keyword and phrase lists (case-, accent-, spacing- and
 * l33t-insensitive, linear in the message length whatever the list size) and watch lists;
 * the agency's policy holds all, holds only flagged, or holds photos; mailroom reviewers
 * approve or reject held messages with a reason, and rejected stamps go back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
@org.jspecify.annotations.NullMarked
package org.homeward.screening;
