package org.homeward.contracts;

import java.util.UUID;

import org.homeward.shared.Money;

/** A bundle of stamps a family can buy, at its price. */
public record StampBundle(UUID id, int stamps, Money price) {
}
