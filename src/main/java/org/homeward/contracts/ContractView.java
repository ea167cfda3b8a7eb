package org.homeward.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An agency's contract as it stands.
 *
 * @param serviceEndsOn the day services stop and the view-only wind-down begins, once one
 * is scheduled
 * @param viewOnlyUntil the last day families can read and export, once a wind-down is
 * scheduled
 * @param invitationsNeedApproval whether staff approve an inmate's new contact before the
 * invitation goes out
 * @param services the services switched on or off for the whole agency
 * @param facilities where facilities differ from the agency
 * @param releaseRefundsToCards whether a released person's remaining balance goes back to
 * the family cards it came from (else the agency's trust office pays it out)
 */
public record ContractView(TenantId agency, ContractStatus status, LocalDate startsOn,
		@Nullable LocalDate serviceEndsOn, @Nullable LocalDate viewOnlyUntil, int exportRetentionDays,
		ContactPolicy contactPolicy, int contactCap, boolean invitationsNeedApproval, ScreeningPolicy screeningPolicy,
		boolean holdAllPhotos, MessageDelivery delivery, MessageRules messageRules, PriceBook priceBook,
		Map<Service, Boolean> services, List<FacilityTerms> facilities, boolean releaseRefundsToCards, int version) {

	/**
	 * Whether the service can be used now: the contract is active and the service is on
	 * for the agency, unless the facility (when given) says otherwise.
	 */
	public boolean offers(Service service, java.util.@Nullable UUID facility) {
		if (status != ContractStatus.ACTIVE) {
			return false;
		}
		return facilities.stream()
			.filter(terms -> terms.facilityId().equals(facility) && terms.services().containsKey(service))
			.map(terms -> terms.services().get(service))
			.findFirst()
			.orElse(services.getOrDefault(service, false));
	}

}
