package org.homeward.accounts;

import java.util.List;
import java.util.UUID;

/**
 * A family member's account as they see it. Phones are in E.164 form, e.g.
 * {@code +13055550100}.
 */
public record FamilyProfile(UUID id, String email, String firstName, String lastName, List<String> phones,
		PostalAddress address) {
}
