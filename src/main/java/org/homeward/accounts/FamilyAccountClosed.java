package org.homeward.accounts;

import java.util.UUID;

/**
 * A family member closed their account: modules that hold something of it settle it
 * (unspent stamps refunded to their cards, monthly deposits stopped), as
 * {@link ClosureConsequences} told the member before they confirmed.
 */
public record FamilyAccountClosed(UUID accountId) {
}
