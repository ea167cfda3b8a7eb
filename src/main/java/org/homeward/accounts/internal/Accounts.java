package org.homeward.accounts.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.Members;
import org.homeward.accounts.Members.Member;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored accounts, read as callers. */
@Repository
class Accounts implements Members {

	/** An account as stored: who it is, and the hash its password must match. */
	record StoredAccount(Caller caller, String passwordHash) {
	}

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAccount> activeByEmail(String email) {
		return jdbc.sql("""
				select id, kind, display_name, agency_id, facility_id, password_hash from accounts.account
				 where email = :email and status = 'ACTIVE'""")
			.param("email", email.trim().toLowerCase(Locale.ROOT))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("display_name"), rs.getObject("agency_id", UUID.class),
					rs.getObject("facility_id", UUID.class), rs.getString("password_hash")))
			.optional()
			.map(row -> new StoredAccount(caller(row), row.passwordHash()));
	}

	@Override
	public Optional<String> emailOf(UUID account) {
		return jdbc.sql("select email from accounts.account where id = :id and status = 'ACTIVE'")
			.param("id", account)
			.query(String.class)
			.optional();
	}

	@Override
	public List<String> phonesOf(UUID account) {
		return jdbc.sql("select e164 from accounts.phone where account_id = :id order by position")
			.param("id", account)
			.query(String.class)
			.list();
	}

	@Override
	public Optional<UUID> familyByEmail(String email) {
		return jdbc
			.sql("select id from accounts.account where email = :email and kind = 'FAMILY' and status = 'ACTIVE'")
			.param("email", email.trim().toLowerCase(Locale.ROOT))
			.query(UUID.class)
			.optional();
	}

	@Override
	public Optional<Member> member(UUID account) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name, a.status, p.language from accounts.account a
				  left join accounts.family_profile p on p.account_id = a.id
				 where a.id = :id""")
			.param("id", account)
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"),
					Locale.forLanguageTag(rs.getString("language") == null ? "en" : rs.getString("language")),
					"ACTIVE".equals(rs.getString("status"))))
			.optional();
	}

	@Override
	public List<Member> staffWith(TenantId agency, Role role) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name from accounts.account a
				  join accounts.staff_role r on r.account_id = a.id and r.role = :role
				 where a.kind = 'STAFF' and a.agency_id = :agency and a.status = 'ACTIVE'
				 order by a.display_name, a.id""")
			.param("role", role.name())
			.param("agency", agency.value())
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), Locale.ENGLISH, true))
			.list();
	}

	Optional<Caller> activeById(UUID id) {
		return jdbc.sql(
				"select id, kind, display_name, agency_id, facility_id from accounts.account where id = :id and status = 'ACTIVE'")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("display_name"), rs.getObject("agency_id", UUID.class),
					rs.getObject("facility_id", UUID.class), null))
			.optional()
			.map(this::caller);
	}

	/**
	 * An account row, read and closed before its roles are queried (never a query inside
	 * another's row mapper).
	 */
	private record Row(UUID id, String kind, String name, UUID agency, UUID facility, String passwordHash) {
	}

	private Caller caller(Row row) {
		return caller(row.id(), row.kind(), row.name(), row.agency(), row.facility());
	}

	/** The caller of an account row read elsewhere (only staff have roles to look up). */
	Caller caller(UUID id, String kind, String name, UUID agency, UUID facility) {
		Caller.Kind callerKind = Caller.Kind.valueOf(kind);
		if (callerKind == Caller.Kind.OPERATOR && supportAgent(id)) {
			callerKind = Caller.Kind.SUPPORT;
		}
		return new Caller(id, callerKind, name, agency == null ? null : new TenantId(agency), facility,
				callerKind == Caller.Kind.STAFF ? roles(id) : Set.of());
	}

	/** Whether the platform account is a support agent's rather than an operator's. */
	private boolean supportAgent(UUID account) {
		return jdbc.sql("select count(*) from accounts.platform_role where account_id = :id and role = 'SUPPORT_AGENT'")
			.param("id", account)
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public List<FamilyMatch> searchFamilies(String query, int limit) {
		String q = query.trim().toLowerCase(Locale.ROOT);
		String digits = q.replaceAll("[^0-9]", "");
		return jdbc
			.sql("""
					select a.id, a.email, a.display_name, a.status from accounts.account a
					  left join accounts.family_profile p on p.account_id = a.id
					 where a.kind = 'FAMILY'
					   and (a.email like :prefix or lower(p.last_name) = :q or lower(p.first_name || ' ' || p.last_name) = :q
					        or (length(:digits) >= 7 and exists (select 1 from accounts.phone ph
					                                                where ph.account_id = a.id and ph.e164 like :phone)))
					 order by a.email limit :limit""")
			.param("prefix", q.replace("%", "").replace("_", "") + "%")
			.param("q", q)
			.param("digits", digits)
			.param("phone", "%" + digits)
			.param("limit", limit)
			.query((rs, n) -> new FamilyMatch(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), "ACTIVE".equals(rs.getString("status"))))
			.list();
	}

	private Set<Role> roles(UUID account) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from accounts.staff_role where account_id = :id").param("id", account).query(rs -> {
			roles.add(Role.valueOf(rs.getString("role")));
		});
		return roles;
	}

}
