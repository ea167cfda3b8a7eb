package org.homeward.media;

import java.time.Instant;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;

/**
 * A sale of the store completed (an item bought or gifted, or a tablet ordered), with the
 * agency's commission on it. Published in the transaction that completes it, for modules
 * that count (reports).
 *
 * @param tablet whether it was a tablet (else a media item)
 */
public record MediaSold(UUID saleId, TenantId agency, UUID facilityId, boolean tablet, Money price, Money commission,
		Instant at) {
}
