package org.homeward.contracts;

import java.time.LocalDate;

import org.homeward.shared.TenantId;

/**
 * An operator scheduled the end of an agency's contract: services stop on
 * {@code serviceEndsOn} (at once when that is today or earlier), families can read and
 * export until {@code viewOnlyUntil}. Published in the scheduling transaction; families
 * are told, and unspent stamps are refunded once services stop.
 */
public record WindDownScheduled(TenantId agency, LocalDate serviceEndsOn, LocalDate viewOnlyUntil) {
}
