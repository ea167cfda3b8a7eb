package org.homeward.stamps;

import java.util.List;
import java.util.UUID;

import org.homeward.shared.TenantId;

/**
 * Stamp balances, and spending and refunding stamps (messages spend; rejections refund).
 */
public interface Stamps {

	/** Every agency where the member holds or held stamps. */
	List<StampBalance> balances(UUID account);

	long balance(UUID account, TenantId agency);

	/** The family accounts that hold stamps of the agency now. */
	List<UUID> holders(TenantId agency);

	/**
	 * Spends stamps, at most once per key, and earns the price paid for them (the
	 * family's oldest purchases first).
	 * @return false when the member does not hold enough (then nothing is spent)
	 */
	boolean spend(UUID account, TenantId agency, int stamps, String idempotencyKey, String reason);

	/**
	 * Gives back stamps of an earlier spend (a rejected message or photo), at most once
	 * per refund key; what was earned on them is owed to the family again.
	 * @param spendKey the key the stamps were spent under
	 * @param refundKey this refund's own key (a message can have several partial refunds,
	 * one per photo)
	 */
	void refund(UUID account, TenantId agency, int stamps, String spendKey, String refundKey, String reason);

	/** The stamps an inmate holds at their agency. */
	long inmateBalance(UUID inmate, TenantId agency);

	/**
	 * Spends an inmate's own stamps, at most once per key.
	 * @return false when the inmate does not hold enough (then nothing is spent)
	 */
	boolean spendAsInmate(UUID inmate, TenantId agency, int stamps, String idempotencyKey, String reason);

	/** Gives an inmate's stamps back (a rejected reply), at most once per key. */
	void refundToInmate(UUID inmate, TenantId agency, int stamps, String idempotencyKey, String reason);

}
