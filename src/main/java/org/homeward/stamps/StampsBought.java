package org.homeward.stamps;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/**
 * A family bought a bundle of an agency's stamps: published once per purchase, in the
 * transaction that completes it.
 */
public record StampsBought(UUID purchaseId, UUID accountId, TenantId agency, int stamps, Money price, Instant at) {
}
