package org.homeward.contracts;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where one facility differs from its agency's contract.
 *
 * @param services services switched differently at this facility
 * @param delivery how messages reach its inmates, or {@literal null} to follow the agency
 */
public record FacilityTerms(UUID facilityId, Map<Service, Boolean> services, @Nullable MessageDelivery delivery) {
}
