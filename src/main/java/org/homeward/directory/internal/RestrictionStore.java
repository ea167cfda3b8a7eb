package org.homeward.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.directory.Restriction;
import org.homeward.directory.RestrictionAdded;
import org.homeward.directory.RestrictionKind;
import org.homeward.directory.Restrictions;
import org.homeward.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RestrictionStore implements Restrictions {

	private static final Logger log = LoggerFactory.getLogger(RestrictionStore.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RestrictionStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public List<Restriction> activeOn(UUID inmateId, LocalDate day) {
		return jdbc.sql("""
				select id, inmate_id, kind, until_date, reason, created_at from directory.inmate_restriction
				 where inmate_id = :inmate and (until_date is null or until_date >= :day) order by created_at desc""")
			.param("inmate", inmateId)
			.param("day", day)
			.query((rs, n) -> new Restriction(rs.getObject("id", UUID.class), rs.getObject("inmate_id", UUID.class),
					RestrictionKind.valueOf(rs.getString("kind")), rs.getObject("until_date", LocalDate.class),
					rs.getString("reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	@Override
	@Transactional
	public Restriction add(UUID inmateId, RestrictionKind kind, @Nullable LocalDate until, String reason, UUID by) {
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
		log.info("Restriction {} {} until {} on inmate {} by account {}", restriction.id(), kind, until, inmateId, by);
		events.publishEvent(new RestrictionAdded(restriction.id(), inmateId, kind, until, restriction.reason(), now));
		return restriction;
	}

}
