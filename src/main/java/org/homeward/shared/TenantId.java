package org.homeward.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The agency a record belongs to. Every tenant-owned row carries it and every query
 * filters by it.
 *
 * @param value never {@literal null}
 */
public record TenantId(UUID value) implements Serializable {

	public TenantId {
		Objects.requireNonNull(value, "value");
	}

	public static TenantId of(String value) {
		return new TenantId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
