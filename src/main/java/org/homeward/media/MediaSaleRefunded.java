package org.homeward.media;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/**
 * A completed sale was given back (a file that never arrived whole, a tablet order
 * cancelled): its price and the agency's commission on it are reversed. Published in the
 * transaction that refunds it.
 */
public record MediaSaleRefunded(UUID saleId, TenantId agency, UUID facilityId, boolean tablet, Money price,
		Money commission, Instant at) {
}
