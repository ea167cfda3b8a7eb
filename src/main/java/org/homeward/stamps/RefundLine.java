package org.homeward.stamps;

import java.util.UUID;

import org.homeward.shared.Money;

/**
 * Unspent stamps of one purchase given back to its card.
 *
 * @param toCard whether the card took the refund; if not, the amount is owed to the
 * family by other means
 */
public record RefundLine(UUID purchaseId, int stamps, Money amount, boolean toCard) {
}
