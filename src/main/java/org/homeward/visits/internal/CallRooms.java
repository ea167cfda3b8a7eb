package org.homeward.visits.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.homeward.shared.BusinessRuleException;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visits' rooms on the Janus media servers: one per visit, made on the first join
 * with a secret of its own on the least busy server that answers and has room, recorded
 * (into the recordings folder) unless the visit is legal, destroyed when the visit ends;
 * the sessions of the calls going on kept alive; which servers answer, and the calls lost
 * with one that stopped.
 */
@Component
class CallRooms {

	private static final Logger log = LoggerFactory.getLogger(CallRooms.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CallRecords calls;

	private final CallSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Each media server's last answer to "are you up?", and its failures in a row. */
	private record Health(boolean up, Instant at, int failures) {
	}

	private final Map<String, Health> health = new ConcurrentHashMap<>();

	CallRooms(CallRecords calls, CallSettings settings, TransactionTemplate transactions, Clock clock) {
		this.calls = calls;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Whether a media server is configured and one answers (each asked at most every 10
	 * seconds).
	 */
	public boolean videoAvailable() {
		return settings.servers().stream().anyMatch(this::up);
	}

	private boolean up(String server) {
		Instant now = clock.instant();
		Health known = health.get(server);
		if (known == null || now.isAfter(known.at().plusSeconds(10))) {
			known = check(server);
		}
		return known.up();
	}

	private Health check(String server) {
		boolean up = janus(server).up();
		Health before = health.get(server);
		Health now = new Health(up, clock.instant(), up ? 0 : (before == null ? 0 : before.failures()) + 1);
		health.put(server, now);
		return now;
	}

	/**
	 * The media server a new room goes on: of those that answer and have room (fewer than
	 * {@code roomsPerServer} rooms open), the one with the fewest; in the configured
	 * order among equals.
	 */
	static Optional<String> choose(List<String> servers, Predicate<String> up, Map<String, Integer> open,
			int roomsPerServer) {
		return servers.stream()
			.filter(server -> open.getOrDefault(server, 0) < roomsPerServer)
			.sorted(Comparator.comparingInt(server -> open.getOrDefault(server, 0)))
			.filter(up)
			.findFirst();
	}

	/**
	 * The visits whose rooms are on a media server that stopped answering (twice in a
	 * row, so that one lost answer is not an outage): their calls cannot go on.
	 */
	List<UUID> lostCalls() {
		List<UUID> lost = new ArrayList<>();
		for (String server : calls.openRoomsByServer().keySet()) {
			Health checked = check(server);
			if (!checked.up() && checked.failures() >= 2) {
				log.warn("The media server {} does not answer: the {} visits on it cannot go on", server,
						calls.openOn(server).size());
				lost.addAll(calls.openOn(server));
			}
		}
		return lost;
	}

	/** Ends the visit's call: the room is destroyed for everyone in it. */
	public void end(UUID visit) {
		calls.room(visit).filter(room -> room.endedAt() == null).ifPresent(room -> {
			Janus janus = janus(room.server());
			try {
				janus.request(room.session(), room.handle(),
						Map.of("request", "destroy", "room", room.room(), "secret", room.secret()));
			}
			catch (RuntimeException ex) {
				log.warn("Room of visit {} not destroyed: {}", visit, ex.getMessage());
			}
			calls.peers(visit).forEach(peer -> leave(janus, room, peer, false));
			janus.destroySession(room.session());
			calls.ended(visit);
		});
	}

	/** Keeps the media server's sessions of the calls going on from timing out. */
	void keepAlive() {
		for (CallRecords.Peer peer : calls.open()) {
			calls.room(peer.visit()).ifPresent(room -> {
				try {
					Janus janus = janus(room.server());
					janus.keepalive(peer.session());
					janus.keepalive(room.session());
				}
				catch (RuntimeException ex) {
					log.warn("Call session of visit {} lost: {}", peer.visit(), ex.getMessage());
				}
			});
		}
	}

	/**
	 * Takes a peer out of the room (kicked, when it publishes) and closes its session.
	 */
	void leave(Janus janus, CallRecords.Room room, CallRecords.Peer peer, boolean kick) {
		if (kick && peer.feed() != null) {
			try {
				janus.request(room.session(), room.handle(),
						Map.of("request", "kick", "room", room.room(), "secret", room.secret(), "id", peer.feed()));
			}
			catch (RuntimeException ex) {
				// gone already
			}
		}
		janus.destroySession(peer.session());
		calls.left(peer.id());
	}

	/**
	 * @throws BusinessRuleException when video is unavailable, or outside the time the
	 * visit can be joined
	 */
	void check(VisitRecords.Visit visit) {
		if (!videoAvailable()) {
			throw new BusinessRuleException("video-unavailable",
					"Video is not available at the moment. Nothing is lost: your visit can be refunded.");
		}
		Instant now = clock.instant();
		boolean due = visit.status() == VisitStatus.SCHEDULED || visit.status() == VisitStatus.LIVE;
		if (!due || now.isBefore(visit.start().minus(settings.joinEarly())) || !now.isBefore(visit.end())) {
			throw new BusinessRuleException("visit-not-open", "This visit can be joined from "
					+ settings.joinEarly().toMinutes() + " minutes before it starts until it ends.");
		}
	}

	/**
	 * The visit's room, made on the first join (one per visit, under the visit's lock).
	 */
	CallRecords.Room room(VisitRecords.Visit visit) {
		return transactions.execute(status -> {
			calls.lock(visit.id());
			return calls.room(visit.id()).filter(room -> room.endedAt() == null).orElseGet(() -> create(visit));
		});
	}

	private CallRecords.Room create(VisitRecords.Visit visit) {
		Janus janus = janus(choose(settings.servers(), this::up, calls.openRoomsByServer(), settings.roomsPerServer())
			.orElseThrow(() -> new BusinessRuleException("video-unavailable",
					"Video is not available at the moment. Nothing is lost: your visit can be refunded.")));
		long session = janus.createSession();
		long handle = janus.attach(session);
		long number = RANDOM.nextLong(1, 1L << 52);
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String key = HexFormat.of().formatHex(secret);
		boolean recorded = !visit.legal();
		String directory = Path.of(settings.recordings()).toAbsolutePath().resolve(visit.id().toString()).toString();
		Map<String, Object> create = new LinkedHashMap<>(Map.of("request", "create", "room", number, "secret", key,
				"publishers", 2, "is_private", true, "record", recorded, "description", "visit " + visit.id()));
		if (recorded) {
			create.put("rec_dir", directory);
		}
		if (!settings.adminKey().isEmpty()) {
			create.put("admin_key", settings.adminKey());
		}
		janus.request(session, handle, create);
		CallRecords.Room room = new CallRecords.Room(visit.id(), janus.url(), number, key, session, handle, recorded,
				recorded ? directory : null, null);
		calls.insertRoom(room);
		return room;
	}

	Janus janus(String server) {
		return new Janus(server, settings.answerWithin());
	}

}
