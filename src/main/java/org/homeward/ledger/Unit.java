package org.homeward.ledger;

import java.util.Objects;

import org.homeward.shared.TenantId;

/**
 * What an amount counts: US cents, or stamps of one agency (stamps are only good where
 * they were bought).
 *
 * @param code {@code USD} or {@code STAMPS:<agency id>}
 */
public record Unit(String code) {

	public static final Unit USD = new Unit("USD");

	public Unit {
		Objects.requireNonNull(code, "code");
	}

	public static Unit stamps(TenantId agency) {
		return new Unit("STAMPS:" + agency.value());
	}

	@Override
	public String toString() {
		return code;
	}

}
