package org.homeward.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.homeward.accounts.StaffMember;
import org.homeward.accounts.internal.EmailTokens.Purpose;
import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.Caller;
import org.homeward.shared.EmailAddresses;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Role;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's staff accounts, kept by its administrators (and platform operators). A new
 * member gets an e-mail with a link to choose their password (valid 72 hours); every
 * change of roles is in the audit log.
 */
@Service
public class StaffAccounts {

	static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

	private final JdbcClient jdbc;

	private final EmailTokens tokens;

	private final Mailer mailer;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	StaffAccounts(JdbcClient jdbc, EmailTokens tokens, Mailer mailer, PasswordEncoder encoder, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.mailer = mailer;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	public List<StaffMember> of(TenantId agency) {
		return jdbc.sql(
				"select id, email, display_name, facility_id, status from accounts.account where kind = 'STAFF' and agency_id = :agency order by display_name")
			.param("agency", agency.value())
			.query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), Set.of(), rs.getObject("facility_id", UUID.class),
					"ACTIVE".equals(rs.getString("status"))))
			.list()
			.stream()
			.map(m -> new StaffMember(m.id(), m.email(), m.displayName(), roles(m.id()), m.facilityId(), m.active()))
			.toList();
	}

	@Transactional
	public StaffMember create(TenantId agency, String email, String displayName, Set<Role> roles,
			@Nullable UUID facility, Caller by, Locale locale) {
		String address = email.trim().toLowerCase(Locale.ROOT);
		if (!EmailAddresses.valid(address)) {
			throw new InvalidInputException("email", "must be an e-mail address");
		}
		if (roles.isEmpty()) {
			throw new InvalidInputException("roles", "at least one role is required");
		}
		if (jdbc.sql("select count(*) from accounts.account where email = :email")
			.param("email", address)
			.query(Integer.class)
			.single() > 0) {
			throw new BusinessRuleException("email-taken", "An account already uses this e-mail address.");
		}
		UUID id = Ids.next();
		jdbc.sql(
				"""
						insert into accounts.account (id, kind, email, password_hash, display_name, agency_id, facility_id, status, created_at)
						values (:id, 'STAFF', :email, :hash, :name, :agency, :facility, 'ACTIVE', :now)""")
			.param("id", id)
			.param("email", address)
			.param("hash", encoder.encode(UUID.randomUUID().toString() + UUID.randomUUID()))
			.param("name", displayName.strip())
			.param("agency", agency.value())
			.param("facility", facility)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		writeRoles(id, roles);
		String token = tokens.issue(id, Purpose.PASSWORD_RESET, null, INVITATION_VALIDITY);
		mailer.send(new Email(address, "staff-invitation", locale, Map.of("name", displayName.strip(), "path",
				"/password-reset/" + token, "hours", INVITATION_VALIDITY.toHours())));
		audit.record(by.accountId(), by.displayName(), agency, "staff.created", id.toString(),
				address + " " + new TreeSet<>(roles));
		return member(agency, id);
	}

	@Transactional
	public StaffMember changeRoles(TenantId agency, UUID staff, Set<Role> roles, Caller by) {
		StaffMember before = member(agency, staff);
		if (roles.isEmpty()) {
			throw new InvalidInputException("roles", "at least one role is required");
		}
		jdbc.sql("delete from accounts.staff_role where account_id = :id").param("id", staff).update();
		writeRoles(staff, roles);
		audit.record(by.accountId(), by.displayName(), agency, "staff.roles-changed", staff.toString(),
				new TreeSet<>(before.roles()) + " -> " + new TreeSet<>(roles));
		return member(agency, staff);
	}

	@Transactional
	public void deactivate(TenantId agency, UUID staff, Caller by) {
		member(agency, staff);
		jdbc.sql("update accounts.account set status = 'CLOSED' where id = :id").param("id", staff).update();
		jdbc.sql("update accounts.api_session set ended_at = :now where account_id = :id and ended_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", staff)
			.update();
		audit.record(by.accountId(), by.displayName(), agency, "staff.deactivated", staff.toString(), null);
	}

	private StaffMember member(TenantId agency, UUID staff) {
		return of(agency).stream()
			.filter(m -> m.id().equals(staff))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("staff member"));
	}

	private void writeRoles(UUID account, Set<Role> roles) {
		for (Role role : roles) {
			jdbc.sql("insert into accounts.staff_role (account_id, role) values (:id, :role)")
				.param("id", account)
				.param("role", role.name())
				.update();
		}
	}

	private Set<Role> roles(UUID account) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from accounts.staff_role where account_id = :id").param("id", account).query(rs -> {
			roles.add(Role.valueOf(rs.getString("role")));
		});
		return roles;
	}

}
