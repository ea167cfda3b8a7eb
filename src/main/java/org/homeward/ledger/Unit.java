package org.homeward.ledger;

import java.util.Objects;

import org.homeward.shared.TenantId;

/**
 * What an amount counts: US cents, or stamps of one agency (stamps are only good where
 * they were bought).
 *
 * @param code {@code USD}, {@code STAMPS:<agency id>} or {@code MINUTES:<agency id>}
 */
public record Unit(String code) {

	public static final Unit USD = new Unit("USD");

	public Unit {
		Objects.requireNonNull(code, "code");
	}

	public static Unit stamps(TenantId agency) {
		return new Unit("STAMPS:" + agency.value());
	}

	/** Terminal minutes of one agency (good only there, like its stamps). */
	public static Unit minutes(TenantId agency) {
		return new Unit("MINUTES:" + agency.value());
	}

	@Override
	public String toString() {
		return code;
	}

}
