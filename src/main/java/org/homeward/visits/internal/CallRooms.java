package org.homeward.visits.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.homeward.shared.BusinessRuleException;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visits' rooms on the Janus media server: one per visit, made on the first join with
 * a secret of its own, recorded (into the recordings folder) unless the visit is legal,
 * destroyed when the visit ends; the sessions of the calls going on kept alive; whether a
 * media server answers at all.
 */
@Component
class CallRooms {

	private static final Logger log = LoggerFactory.getLogger(CallRooms.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CallRecords calls;

	private final CallSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile @Nullable Instant checkedAt;

	private volatile boolean up;

	CallRooms(CallRecords calls, CallSettings settings, TransactionTemplate transactions, Clock clock) {
		this.calls = calls;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Whether a media server is configured and answers (asked at most every 10 seconds).
	 */
	public boolean videoAvailable() {
		if (!settings.available()) {
			return false;
		}
		Instant now = clock.instant();
		if (checkedAt == null || now.isAfter(checkedAt.plusSeconds(10))) {
			up = settings.servers().stream().anyMatch(server -> janus(server).up());
			checkedAt = now;
		}
		return up;
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
		Janus janus = janus(settings.servers().get(0));
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
