package org.homeward.visits.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.shared.BusinessRuleException;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The call of a video visit, through the Janus media server, which only Homeward talks
 * to: a room per visit with a secret of its own (recorded unless the visit is legal),
 * each side's camera published into it, each side (and a monitor, unseen) receiving what
 * is published. Homeward relays the session descriptions between the browsers and Janus;
 * the media never passes through it. Rejoining (after a network blip) replaces the side's
 * earlier camera in the room.
 */
@Component
public class VisitCalls {

	private static final Logger log = LoggerFactory.getLogger(VisitCalls.class);

	/** The two sides of a visit, each with its fixed feed number in the room. */
	public enum Side {

		FAMILY(1), INMATE(2);

		final long feed;

		Side(long feed) {
			this.feed = feed;
		}

		Side other() {
			return this == FAMILY ? INMATE : FAMILY;
		}

	}

	/** What Janus offers to a receiver, to be answered with {@link #answer}. */
	public record Offer(UUID subscription, String sdp) {
	}

	/** Where a visit's call stands, as its pages poll it. */
	public record State(VisitStatus status, Instant start, Instant end, Instant opens, boolean video,
			boolean otherSideHere) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final VisitRecords visits;

	private final CallRecords calls;

	private final CallSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	VisitCalls(VisitRecords visits, CallRecords calls, CallSettings settings, TransactionTemplate transactions,
			Clock clock) {
		this.visits = visits;
		this.calls = calls;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The visit of this side's caller (the family's account, or the inmate).
	 * @throws NotFoundException for anyone else's
	 */
	public VisitRecords.Visit visitOf(Side side, UUID caller, UUID visitId) {
		return visits.byId(visitId)
			.filter(v -> side == Side.FAMILY ? v.account().equals(caller) : v.inmate().equals(caller))
			.filter(v -> v.status() != VisitStatus.PAYMENT_DECLINED && v.status() != VisitStatus.PAYING)
			.orElseThrow(() -> new NotFoundException("visit"));
	}

	public State state(VisitRecords.Visit visit, Side side) {
		boolean other = calls.peers(visit.id()).stream().anyMatch(p -> p.role().equals(side.other().name()));
		return new State(visit.status(), visit.start(), visit.end(), visit.start().minus(settings.joinEarly()),
				videoAvailable(), other);
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

	private volatile @Nullable Instant checkedAt;

	private volatile boolean up;

	/**
	 * Publishes the side's camera and microphone: the browser's offer in, Janus's answer
	 * out.
	 */
	public String publish(VisitRecords.Visit visit, Side side, UUID by, String offer) {
		open(visit);
		CallRecords.Room room = room(visit);
		Janus janus = janus(room.server());
		for (CallRecords.Peer earlier : calls.peers(visit.id())) {
			if (earlier.role().equals(side.name())) {
				leave(janus, room, earlier, true);
			}
		}
		long session = janus.createSession();
		long handle = janus.attach(session);
		Janus.Reply reply = janus.await(session, handle,
				Map.of("request", "joinandconfigure", "room", room.room(), "ptype", "publisher", "id", side.feed,
						"display", side.name().toLowerCase(), "audio", true, "video", true),
				offer, "offer");
		transactions.executeWithoutResult(status -> {
			calls.insertPeer(
					new CallRecords.Peer(UUID.randomUUID(), visit.id(), side.name(), by, session, handle, side.feed));
			calls.joined(visit.id(), side.name());
			visits.move(visit.id(), VisitStatus.LIVE, null, null, null);
		});
		return String.valueOf(reply.sdp());
	}

	/**
	 * What the other side publishes, offered to this side.
	 * @throws ConflictException {@code other-side-not-here} until the other side has
	 * joined
	 */
	public Offer receive(VisitRecords.Visit visit, Side side, UUID by) {
		open(visit);
		List<Long> feeds = feeds(visit, List.of(side.other().name()));
		if (feeds.isEmpty()) {
			throw new ConflictException("other-side-not-here", "The other side has not joined yet.");
		}
		return subscribe(visit, feeds, "RECEIVER", by);
	}

	/** Both sides' feeds, for a monitor who is not seen or heard in the room. */
	public Offer monitor(VisitRecords.Visit visit, UUID by) {
		if (visit.legal()) {
			throw new BusinessRuleException("legal-visit-not-monitored",
					"A legal visit is privileged: it is neither watched nor recorded.");
		}
		if (visit.status() != VisitStatus.LIVE) {
			throw new ConflictException("visit-not-live", "This visit is not going on.");
		}
		List<Long> feeds = feeds(visit, List.of(Side.FAMILY.name(), Side.INMATE.name()));
		if (feeds.isEmpty()) {
			throw new ConflictException("other-side-not-here", "Nobody has joined this visit yet.");
		}
		return subscribe(visit, feeds, "MONITOR", by);
	}

	/** The browser's answer to an {@link Offer}: the media starts flowing. */
	public void answer(VisitRecords.Visit visit, UUID subscription, UUID by, String sdp) {
		CallRecords.Peer peer = calls.peers(visit.id())
			.stream()
			.filter(p -> p.id().equals(subscription) && p.account().equals(by) && p.feed() == null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("subscription"));
		CallRecords.Room room = calls.room(visit.id()).orElseThrow(() -> new NotFoundException("call"));
		janus(room.server()).await(peer.session(), peer.handle(), Map.of("request", "start"), sdp, "answer");
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

	private Offer subscribe(VisitRecords.Visit visit, List<Long> feeds, String role, UUID by) {
		CallRecords.Room room = calls.room(visit.id()).orElseThrow(() -> new NotFoundException("call"));
		Janus janus = janus(room.server());
		long session = janus.createSession();
		long handle = janus.attach(session);
		Janus.Reply reply = janus.await(session, handle, Map.of("request", "join", "room", room.room(), "ptype",
				"subscriber", "streams", feeds.stream().map(feed -> Map.of("feed", feed)).toList()), null, null);
		UUID id = UUID.randomUUID();
		calls.insertPeer(new CallRecords.Peer(id, visit.id(), role, by, session, handle, null));
		return new Offer(id, String.valueOf(reply.sdp()));
	}

	private List<Long> feeds(VisitRecords.Visit visit, List<String> roles) {
		return calls.peers(visit.id())
			.stream()
			.filter(p -> roles.contains(p.role()) && p.feed() != null)
			.map(CallRecords.Peer::feed)
			.toList();
	}

	private void leave(Janus janus, CallRecords.Room room, CallRecords.Peer peer, boolean kick) {
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
	private void open(VisitRecords.Visit visit) {
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
	private CallRecords.Room room(VisitRecords.Visit visit) {
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

	private Janus janus(String server) {
		return new Janus(server, settings.answerWithin());
	}

}
