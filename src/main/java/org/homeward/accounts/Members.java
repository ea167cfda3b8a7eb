package org.homeward.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Role;
import org.homeward.shared.TenantId;

/**
 * What other modules may know of an account: its name, and where and in which language to
 * write to its owner.
 */
public interface Members {

	/** The e-mail address of an active account. */
	Optional<String> emailOf(UUID account);

	/**
	 * The active family account registered with this e-mail address (case-insensitive),
	 * if any.
	 */
	Optional<UUID> familyByEmail(String email);

	/** The phone numbers of a family account, in E.164. */
	List<String> phonesOf(UUID account);

	/**
	 * A family or staff account as others see it, whether active or closed; empty if
	 * unknown.
	 */
	Optional<Member> member(UUID account);

	/**
	 * The agency's active staff who hold the role, by name: whom to tell of the agency's
	 * affairs.
	 */
	List<Member> staffWith(TenantId agency, Role role);

	/**
	 * @param email where to write, while the account is active
	 * @param displayName the name to show, e.g. to an inmate at the kiosk
	 * @param language the language the member chose (families); English otherwise
	 */
	/**
	 * Family accounts for the support console: by the start of the e-mail address, the
	 * last name or full name, or the last seven or more digits of a phone number.
	 */
	List<FamilyMatch> searchFamilies(String query, int limit);

	/** A family account found by {@link #searchFamilies}. */
	record FamilyMatch(UUID id, String email, String displayName, boolean active) {
	}

	record Member(UUID id, String email, String displayName, Locale language, boolean active) {
	}

}
