package org.homeward.stamps;

import java.util.List;
import java.util.UUID;

import org.homeward.shared.TenantId;

/** Stamp balances, and spending and refunding stamps (messages spend; rejections refund). */
public interface Stamps {

	/** Every agency where the member holds or held stamps. */
	List<StampBalance> balances(UUID account);

	long balance(UUID account, TenantId agency);

	/**
	 * Spends stamps, at most once per key.
	 * @return false when the member does not hold enough (then nothing is spent)
	 */
	boolean spend(UUID account, TenantId agency, int stamps, String idempotencyKey, String reason);

	/** Gives stamps back (a rejected message or photo), at most once per key. */
	void refund(UUID account, TenantId agency, int stamps, String idempotencyKey, String reason);

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
