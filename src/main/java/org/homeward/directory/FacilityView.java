package org.homeward.directory;

import java.util.UUID;

import org.homeward.shared.TenantId;

/** A prison, jail or unit of an agency. */
public record FacilityView(UUID id, TenantId agencyId, String code, String name) {
}
