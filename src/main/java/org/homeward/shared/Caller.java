package org.homeward.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is making a request, resolved once at the security edge and passed explicitly from
 * there on.
 *
 * @param accountId the signed-in account
 * @param agency the agency a staff member or inmate belongs to; {@literal null} for
 * families and operators
 * @param facility the one facility a staff member is limited to, or {@literal null} for
 * the whole agency
 * @param roles the staff roles; empty for everyone else
 */
public record Caller(UUID accountId, Kind kind, String displayName, @Nullable TenantId agency, @Nullable UUID facility,
		Set<Role> roles) implements Serializable {

	/** The kinds of account that sign in to Homeward. */
	public enum Kind {

		FAMILY, INMATE, STAFF, OPERATOR,
		/**
		 * Platform staff who work the support console (families' accounts, phone
		 * deposits, receipts, refunds) and nothing else of an operator's.
		 */
		SUPPORT

	}

	public Caller {
		Objects.requireNonNull(accountId, "accountId");
		Objects.requireNonNull(kind, "kind");
		roles = Set.copyOf(roles);
	}

	/**
	 * Homeward itself, acting on a schedule (named in the audit log as {@code name}); an
	 * operator's powers.
	 */
	public static Caller system(String name) {
		return new Caller(new UUID(0, 0), Kind.OPERATOR, name, null, null, Set.of());
	}

	public boolean isOperator() {
		return kind == Kind.OPERATOR;
	}

	/**
	 * Whether the caller may see what is at that facility: staff limited to one facility
	 * see only it; everyone else (agency-wide staff, operators) sees every facility their
	 * agency check lets them.
	 */
	public boolean reaches(@Nullable UUID facilityId) {
		return facility == null || facility.equals(facilityId);
	}

	/** Whether this caller is staff of that agency (any role). */
	public boolean isStaffOf(TenantId tenant) {
		return kind == Kind.STAFF && tenant.equals(agency);
	}

	/**
	 * The family account making the request.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 * (403)
	 */
	public UUID family() {
		if (kind != Kind.FAMILY) {
			throw new AccessDeniedException("family accounts only");
		}
		return accountId;
	}

	/**
	 * The inmate making the request at a kiosk or tablet.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 * (403)
	 */
	public UUID inmate() {
		if (kind != Kind.INMATE) {
			throw new AccessDeniedException("inmates only");
		}
		return accountId;
	}

	public boolean hasRole(Role role) {
		return kind == Kind.STAFF && roles.contains(role);
	}

	/**
	 * The agency of a staff member holding at least one of these roles: the one check of
	 * staff powers.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 * (403)
	 */
	public TenantId staffAgency(Set<Role> allowed) {
		if (agency == null || !hasAnyRole(allowed)) {
			throw new AccessDeniedException("staff with a role of " + allowed + " only");
		}
		return agency;
	}

	/**
	 * This caller, when a platform operator.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 * (403)
	 */
	/**
	 * The support agent (or operator) making the request.
	 * @throws org.springframework.security.access.AccessDeniedException for anyone else
	 */
	public Caller supportAgent() {
		if (kind != Kind.SUPPORT && kind != Kind.OPERATOR) {
			throw new AccessDeniedException("support agents and operators only");
		}
		return this;
	}

	public Caller operator() {
		if (!isOperator()) {
			throw new AccessDeniedException("platform operators only");
		}
		return this;
	}

	/** Whether this caller is staff holding at least one of these roles. */
	public boolean hasAnyRole(Set<Role> any) {
		return kind == Kind.STAFF && roles.stream().anyMatch(any::contains);
	}

}
