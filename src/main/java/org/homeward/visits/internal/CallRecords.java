package org.homeward.visits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.visits.VisitWarning;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The media server's rooms of visits and the peers joined to them, as stored. */
@Repository
class CallRecords {

	/** A visit's room: where, which, its secret, and Homeward's own handle on it. */
	record Room(UUID visit, String server, long room, String secret, long session, long handle, boolean recorded,
			@Nullable String recordings, @Nullable Instant endedAt) {
	}

	/** What joined a room: a side's camera (with its feed) or something receiving. */
	record Peer(UUID id, UUID visit, String role, UUID account, long session, long handle, @Nullable Long feed) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	CallRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Room> room(UUID visit) {
		return jdbc.sql("select * from visits.call_room where visit_id = :visit")
			.param("visit", visit)
			.query((rs, n) -> new Room(rs.getObject("visit_id", UUID.class), rs.getString("server_url"),
					rs.getLong("room"), rs.getString("secret"), rs.getLong("session_id"), rs.getLong("handle_id"),
					rs.getBoolean("recorded"), rs.getString("rec_dir"),
					rs.getObject("ended_at", OffsetDateTime.class) == null ? null
							: rs.getObject("ended_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** The last warning staff sent to both sides of a visit's call. */
	record Warned(VisitWarning warning, Instant at) {
	}

	/**
	 * Notes a warning sent to both sides of the call going on.
	 * @return whether the visit has a room still open
	 */
	boolean warn(UUID visit, VisitWarning warning) {
		return jdbc.sql("""
				update visits.call_room set warning = :warning, warned_at = :now
				 where visit_id = :visit and ended_at is null""")
			.param("warning", warning.name())
			.param("now", now())
			.param("visit", visit)
			.update() == 1;
	}

	Optional<Warned> warned(UUID visit) {
		return jdbc
			.sql("select warning, warned_at from visits.call_room where visit_id = :visit and warning is not null")
			.param("visit", visit)
			.query((rs, n) -> new Warned(VisitWarning.valueOf(rs.getString("warning")),
					rs.getObject("warned_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Takes the visit's call lock until the transaction ends (one room per visit). */
	void lock(UUID visit) {
		jdbc.sql("select id from visits.visit where id = :visit for update")
			.param("visit", visit)
			.query(UUID.class)
			.optional();
	}

	void insertRoom(Room room) {
		jdbc.sql(
				"""
						insert into visits.call_room (visit_id, server_url, room, secret, session_id, handle_id, recorded, rec_dir, created_at)
						values (:visit, :server, :room, :secret, :session, :handle, :recorded, :dir, :now)""")
			.param("visit", room.visit())
			.param("server", room.server())
			.param("room", room.room())
			.param("secret", room.secret())
			.param("session", room.session())
			.param("handle", room.handle())
			.param("recorded", room.recorded())
			.param("dir", room.recordings())
			.param("now", now())
			.update();
	}

	/**
	 * @return whether this call ended it
	 */
	boolean ended(UUID visit) {
		return jdbc.sql("update visits.call_room set ended_at = :now where visit_id = :visit and ended_at is null")
			.param("now", now())
			.param("visit", visit)
			.update() == 1;
	}

	/** Closes every peer of the visit's call (its media server is gone). */
	void everyoneLeft(UUID visit) {
		jdbc.sql("update visits.call_peer set left_at = :now where visit_id = :visit and left_at is null")
			.param("now", now())
			.param("visit", visit)
			.update();
	}

	/** How many rooms are open on each media server that has any. */
	Map<String, Integer> openRoomsByServer() {
		Map<String, Integer> open = new HashMap<>();
		jdbc.sql(
				"select server_url, count(*) as rooms from visits.call_room where ended_at is null group by server_url")
			.query((rs, n) -> Map.entry(rs.getString("server_url"), rs.getInt("rooms")))
			.list()
			.forEach(room -> open.put(room.getKey(), room.getValue()));
		return open;
	}

	/** The visits whose rooms are open on this media server. */
	List<UUID> openOn(String server) {
		return jdbc.sql("select visit_id from visits.call_room where server_url = :server and ended_at is null")
			.param("server", server)
			.query(UUID.class)
			.list();
	}

	void insertPeer(Peer peer) {
		jdbc.sql("""
				insert into visits.call_peer (id, visit_id, role, by_account, session_id, handle_id, feed, joined_at)
				values (:id, :visit, :role, :account, :session, :handle, :feed, :now)""")
			.param("id", peer.id())
			.param("visit", peer.visit())
			.param("role", peer.role())
			.param("account", peer.account())
			.param("session", peer.session())
			.param("handle", peer.handle())
			.param("feed", peer.feed())
			.param("now", now())
			.update();
	}

	/** The visit's peers still joined. */
	List<Peer> peers(UUID visit) {
		return jdbc.sql("select * from visits.call_peer where visit_id = :visit and left_at is null order by joined_at")
			.param("visit", visit)
			.query((rs, n) -> peer(rs))
			.list();
	}

	/** Every peer still joined, of any visit: those whose sessions are kept alive. */
	List<Peer> open() {
		return jdbc.sql("select * from visits.call_peer where left_at is null").query((rs, n) -> peer(rs)).list();
	}

	void left(UUID peer) {
		jdbc.sql("update visits.call_peer set left_at = :now where id = :id and left_at is null")
			.param("now", now())
			.param("id", peer)
			.update();
	}

	/** Notes the first time a side joined its visit. */
	void joined(UUID visit, String side) {
		String column = side.equals("FAMILY") ? "family_joined_at" : "inmate_joined_at";
		jdbc.sql("update visits.visit set " + column + " = coalesce(" + column + ", :now) where id = :visit")
			.param("now", now())
			.param("visit", visit)
			.update();
	}

	/** When each side first joined the visit: family, then inmate (null for never). */
	Instant[] joinedAt(UUID visit) {
		return jdbc.sql("select family_joined_at, inmate_joined_at from visits.visit where id = :visit")
			.param("visit", visit)
			.query((rs,
					n) -> new Instant[] { instant(rs.getObject(1, OffsetDateTime.class)),
							instant(rs.getObject(2, OffsetDateTime.class)) })
			.single();
	}

	/** Visits going on (or due) whose end has come. */
	List<UUID> dueToEnd(Instant now) {
		return jdbc.sql("""
				select id from visits.visit where status in ('SCHEDULED', 'LIVE') and ends_at <= :now
				order by ends_at limit 100""").param("now", now.atOffset(ZoneOffset.UTC)).query(UUID.class).list();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static Peer peer(ResultSet rs) throws SQLException {
		long feed = rs.getLong("feed");
		boolean receiving = rs.wasNull();
		return new Peer(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class), rs.getString("role"),
				rs.getObject("by_account", UUID.class), rs.getLong("session_id"), rs.getLong("handle_id"),
				receiving ? null : feed);
	}

}
