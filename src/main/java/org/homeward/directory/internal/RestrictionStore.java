package org.homeward.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.directory.Restriction;
import org.homeward.directory.RestrictionAdded;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
import org.homeward.shared.Caller;
import org.homeward.shared.Ids;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RestrictionStore implements Restrictions {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	RestrictionStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.audit = audit;
	}

	@Override
	public List<Restriction> activeOn(UUID inmateId, LocalDate day) {
		return jdbc.sql("""
				select id, inmate_id, kind, until_date, reason, created_at from directory.inmate_restriction
				 where inmate_id = :inmate and lifted_at is null and (until_date is null or until_date >= :day)
				 order by created_at desc""")
			.param("inmate", inmateId)
			.param("day", day)
			.query((rs, n) -> new Restriction(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
					RestrictionKind.valueOf(rs.getString("kind")), rs.getObject("until_date", LocalDate.class),
					rs.getString("reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	@Override
	@Transactional
	public Restriction add(UUID inmateId, RestrictionKind kind, @Nullable LocalDate until, String reason, Caller by) {
		Instant now = clock.instant();
		Restriction restriction = new Restriction(Ids.next(), inmateId, kind, until, reason.strip(), now);
		jdbc.sql("""
				insert into directory.inmate_restriction (id, inmate_id, kind, until_date, reason, created_at)
				values (:id, :inmate, :kind, :until, :reason, :now)""")
			.param("id", restriction.id())
			.param("inmate", inmateId)
			.param("kind", kind.name())
			.param("until", until)
			.param("reason", restriction.reason())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agencyOf(inmateId), "restriction.added",
				inmateId.toString(),
				kind + (until == null ? " until lifted" : " until " + until) + ": " + restriction.reason(), null));
		events.publishEvent(new RestrictionAdded(restriction.id(), inmateId, kind, until, restriction.reason(), now));
		return restriction;
	}

	@Override
	@Transactional
	public void lift(UUID inmateId, UUID restrictionId, String reason, Caller by) {
		Restriction restriction = activeOn(inmateId, LocalDate.now(clock)).stream()
			.filter(r -> r.id().equals(restrictionId))
			.findFirst()
			.orElse(null);
		if (restriction == null) {
			boolean known = jdbc
				.sql("select count(*) from directory.inmate_restriction where id = :id and inmate_id = :inmate")
				.param("id", restrictionId)
				.param("inmate", inmateId)
				.query(Integer.class)
				.single() > 0;
			if (!known) {
				throw new NotFoundException("restriction");
			}
			return;
		}
		int lifted = jdbc.sql("""
				update directory.inmate_restriction set lifted_at = :now, lifted_by = :by, lift_reason = :reason
				 where id = :id and lifted_at is null""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("by", by.accountId())
			.param("reason", reason.strip())
			.param("id", restrictionId)
			.update();
		if (lifted == 1) {
			audit.record(new AuditEntry(by.accountId(), by.displayName(), agencyOf(inmateId), "restriction.lifted",
					inmateId.toString(), restriction.kind() + ": " + reason.strip(), null));
		}
	}

	private TenantId agencyOf(UUID inmate) {
		return new TenantId(jdbc.sql("select agency_id from directory.inmate where id = :id")
			.param("id", inmate)
			.query(UUID.class)
			.single());
	}

}
