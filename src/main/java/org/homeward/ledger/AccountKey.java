package org.homeward.ledger;

import java.util.UUID;

/**
 * Names a ledger account; the ledger opens it on first use.
 *
 * @param owner the family account, inmate or agency it belongs to; {@link #HOUSE} for
 * Homeward's own
 */
public record AccountKey(AccountKind kind, Unit unit, UUID owner) {

	public static final UUID HOUSE = new UUID(0, 0);

	public static AccountKey house(AccountKind kind, Unit unit) {
		return new AccountKey(kind, unit, HOUSE);
	}

}
