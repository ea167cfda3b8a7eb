package org.homeward.directory;

import org.homeward.shared.TenantId;

/**
 * An agency: a state department of corrections, the federal bureau of prisons or a county
 * sheriff.
 *
 * @param id the agency, which is also the tenant its records belong to
 * @param code the short code agencies are known by, e.g. {@code DEMO-DOC}
 * @param state the two-letter state, {@code US} for federal agencies
 */
public record AgencyView(TenantId id, String code, String name, String state, AgencyKind kind) {
}
