package org.homeward.stamps;

import org.homeward.shared.TenantId;

/** How many stamps a family member holds at one agency. */
public record StampBalance(TenantId agency, String agencyCode, long balance) {
}
