package org.homeward.payments;

import java.util.Objects;
import java.util.UUID;

/**
 * A saved card checked to belong to the account, ready to be charged without being looked
 * up again.
 *
 * @param id the saved card
 * @param account its owner
 * @param gatewayToken the gateway's token for the card (never its number)
 */
public record ChargeableCard(UUID id, UUID account, String gatewayToken) {

	public ChargeableCard {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(gatewayToken, "gatewayToken");
	}

	@Override
	public String toString() {
		return "ChargeableCard[" + id + "]";
	}

}
