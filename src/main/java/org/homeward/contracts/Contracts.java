package org.homeward.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Caller;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Reads and changes agencies' contracts. Every module asks here before it sells or sends
 * anything.
 */
public interface Contracts {

	/** The agency's contract, if it has one. */
	Optional<ContractView> contractOf(TenantId agency);

	/**
	 * Whether a service can be used now at the agency, or at one of its facilities: the
	 * contract is active and the service is on for the agency, unless the facility
	 * overrides it.
	 * @param facility the facility, or {@literal null} for the agency as a whole
	 */
	boolean serviceAvailable(TenantId agency, @Nullable UUID facility, Service service);

	/** How messages reach inmates at the facility. */
	MessageDelivery deliveryAt(TenantId agency, UUID facility);

	/**
	 * The fee for a deposit of {@code amount}: the fee of the smallest tier that covers
	 * it.
	 * @throws org.homeward.shared.BusinessRuleException when the amount exceeds the
	 * highest tier or the per-deposit limit, or the agency has no tiers for the channel
	 */
	Money depositFee(TenantId agency, FeeChannel channel, Money amount);

	/**
	 * Switches a service on or off for the agency, or for one facility when
	 * {@code facility} is given, and records it in the audit log.
	 * @param changedBy who is making the change
	 * @return the contract after the change
	 * @throws org.homeward.shared.NotFoundException when the agency has no contract
	 */
	ContractView switchService(TenantId agency, @Nullable UUID facility, Service service, boolean enabled,
			Caller changedBy);

	/**
	 * Schedules the end of the agency's contract (platform operators): services stop on
	 * {@code serviceEndsOn}, at once when that is today or earlier, and the agency is
	 * view-only until {@code viewOnlyUntil}. Audited, and {@link WindDownScheduled} is
	 * published.
	 * @throws org.homeward.shared.InvalidInputException when the view-only window ends
	 * before services stop
	 * @throws org.homeward.shared.ConflictException when the contract has already ended
	 */
	ContractView scheduleWindDown(TenantId agency, LocalDate serviceEndsOn, LocalDate viewOnlyUntil, Caller by);

	/** Every agency whose contract is winding down or has ended. */
	List<ContractView> notActive();

	/**
	 * What is wrong with a channel's fee tiers before they are saved, every error named
	 * ({@code tiers[2].upTo}...): none when they can be saved. Tiers go up by amount,
	 * each higher than the one before, and the last reaches the most one deposit can be.
	 */
	List<InvalidInputException.FieldError> checkDepositFees(TenantId agency, FeeChannel channel, List<FeeTier> tiers);

	/**
	 * Replaces a channel's fee tiers, for deposits from now on (a deposit keeps the fee
	 * it was made with); the agency's administrators or an operator; audited with the
	 * tiers before and after.
	 * @throws InvalidInputException as {@link #checkDepositFees} finds
	 */
	ContractView setDepositFees(TenantId agency, FeeChannel channel, List<FeeTier> tiers, Caller by);

}
