package org.homeward.contracts;

/**
 * Where a contract is in its life. WINDING_DOWN is view-only: nothing can be bought or
 * sent.
 */
public enum ContractStatus {

	ACTIVE, WINDING_DOWN, ENDED

}
