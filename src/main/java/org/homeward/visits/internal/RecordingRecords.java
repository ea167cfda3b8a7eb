package org.homeward.visits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recordings of visits, and the rooms whose recordings are still to be collected. */
@Repository
class RecordingRecords {

	/**
	 * One part of one side of a visit, as stored.
	 *
	 * @param part 1 for the first time the side joined, 2 after a rejoin, and so on
	 * @param purgedAt when its file was deleted at the end of the retention period
	 */
	record Recording(UUID id, UUID visit, TenantId agency, String side, int part, Instant startedAt, long durationMs,
			long bytes, String sha256, String blobKey, Instant keepUntil, boolean held, @Nullable String holdReason,
			@Nullable Instant purgedAt) {
	}

	/**
	 * A room that ended and was recorded, whose files wait to be converted and stored.
	 */
	record Uncollected(UUID visit, String directory) {
	}

	private final JdbcClient jdbc;

	RecordingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Uncollected> uncollected(int limit) {
		return jdbc.sql("""
				select visit_id, rec_dir from visits.call_room
				 where recorded and ended_at is not null and collected_at is null
				 order by ended_at limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Uncollected(rs.getObject("visit_id", UUID.class), rs.getString("rec_dir")))
			.list();
	}

	/** Stores the recordings of a room and marks it collected, once. */
	boolean collected(UUID visit, List<Recording> recordings, Instant now) {
		boolean first = jdbc.sql("""
				update visits.call_room set collected_at = :now where visit_id = :visit and collected_at is null""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("visit", visit)
			.update() == 1;
		if (!first) {
			return false;
		}
		for (Recording r : recordings) {
			jdbc.sql("""
					insert into visits.recording (id, visit_id, agency_id, side, part, started_at, duration_ms, bytes,
					  sha256, blob_key, keep_until, created_at)
					values (:id, :visit, :agency, :side, :part, :started, :duration, :bytes, :sha256, :key, :keep, :now)
					on conflict (visit_id, side, part) do nothing""")
				.param("id", r.id())
				.param("visit", r.visit())
				.param("agency", r.agency().value())
				.param("side", r.side())
				.param("part", r.part())
				.param("started", r.startedAt().atOffset(ZoneOffset.UTC))
				.param("duration", r.durationMs())
				.param("bytes", r.bytes())
				.param("sha256", r.sha256())
				.param("key", r.blobKey())
				.param("keep", r.keepUntil().atOffset(ZoneOffset.UTC))
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		return true;
	}

	List<Recording> ofVisit(UUID visit) {
		return jdbc.sql("select * from visits.recording where visit_id = :visit order by side, part")
			.param("visit", visit)
			.query((rs, n) -> recording(rs))
			.list();
	}

	Optional<Recording> byId(UUID id) {
		return jdbc.sql("select * from visits.recording where id = :id")
			.param("id", id)
			.query((rs, n) -> recording(rs))
			.optional();
	}

	/**
	 * The visits of the agency with recordings that started in this time, newest first,
	 * narrowed to an inmate and to a family account when given.
	 */
	List<UUID> recordedVisits(TenantId agency, Instant from, Instant to, @Nullable UUID inmate, @Nullable UUID account,
			int limit) {
		return jdbc.sql("""
				select v.id from visits.visit v
				 where v.agency_id = :agency and v.starts_at >= :from and v.starts_at < :to
				   and (cast(:inmate as uuid) is null or v.inmate_id = :inmate)
				   and (cast(:account as uuid) is null or v.account_id = :account)
				   and exists (select 1 from visits.recording r where r.visit_id = v.id)
				 order by v.starts_at desc limit :limit""")
			.param("agency", agency.value())
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.param("inmate", inmate)
			.param("account", account)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	void hold(UUID id, boolean held, @Nullable String reason) {
		jdbc.sql("update visits.recording set held = :held, hold_reason = :reason where id = :id")
			.param("held", held)
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	/** Recordings whose retention ended, not held, not yet deleted. */
	List<Recording> dueToPurge(Instant now, int limit) {
		return jdbc.sql("""
				select * from visits.recording where purged_at is null and not held and keep_until <= :now
				 order by keep_until limit :limit""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> recording(rs))
			.list();
	}

	void purged(UUID id, Instant now) {
		jdbc.sql("update visits.recording set purged_at = :now where id = :id and purged_at is null")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private static Recording recording(ResultSet rs) throws SQLException {
		OffsetDateTime purged = rs.getObject("purged_at", OffsetDateTime.class);
		return new Recording(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class),
				new TenantId(rs.getObject("agency_id", UUID.class)), rs.getString("side"), rs.getInt("part"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getLong("duration_ms"),
				rs.getLong("bytes"), rs.getString("sha256"), rs.getString("blob_key"),
				rs.getObject("keep_until", OffsetDateTime.class).toInstant(), rs.getBoolean("held"),
				rs.getString("hold_reason"), purged == null ? null : purged.toInstant());
	}

}
