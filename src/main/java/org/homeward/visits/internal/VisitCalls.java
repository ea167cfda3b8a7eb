package org.homeward.visits.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.visits.VisitStatus;
import org.homeward.visits.VisitWarning;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The call of a video visit, through the Janus media server, which only Homeward talks
 * to: in the visit's room (CallRooms), each side's camera published, each side (and a
 * monitor, unseen) receiving what is published. Homeward relays the session descriptions
 * between the browsers and Janus; the media never passes through it. Rejoining (after a
 * network blip) replaces the side's earlier camera in the room.
 */
@Component
public class VisitCalls {

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

	/**
	 * Where a visit's call stands, for one side; with the last warning staff sent to both
	 * sides, if any.
	 */
	public record State(VisitStatus status, Instant start, Instant end, Instant opens, boolean video,
			boolean otherSideHere, @Nullable VisitWarning warning, @Nullable Instant warnedAt) {
	}

	private final VisitRecords visits;

	private final CallRecords calls;

	private final CallRooms rooms;

	private final CallPresence presence;

	private final CallSettings settings;

	private final TransactionTemplate transactions;

	VisitCalls(VisitRecords visits, CallRecords calls, CallRooms rooms, CallPresence presence, CallSettings settings,
			TransactionTemplate transactions) {
		this.visits = visits;
		this.calls = calls;
		this.rooms = rooms;
		this.presence = presence;
		this.settings = settings;
		this.transactions = transactions;
	}

	/**
	 * The visit of this side's caller (the family's account, or the inmate).
	 * @throws NotFoundException for anyone else's
	 */
	public VisitRecords.Visit visitOf(Side side, UUID caller, UUID visitId) {
		if (side == Side.FAMILY) {
			return visits.ofFamily(caller, visitId);
		}
		return visits.byId(visitId)
			.filter(v -> v.inmate().equals(caller))
			.filter(v -> v.status() != VisitStatus.PAYMENT_DECLINED && v.status() != VisitStatus.PAYING)
			.orElseThrow(() -> new NotFoundException("visit"));
	}

	public State state(VisitRecords.Visit visit, Side side) {
		boolean other = calls.peers(visit.id()).stream().anyMatch(p -> p.role().equals(side.other().name()));
		Optional<CallRecords.Warned> warned = calls.warned(visit.id());
		return new State(visit.status(), visit.start(), visit.end(), visit.start().minus(settings.joinEarly()),
				rooms.videoAvailable(), other, warned.map(CallRecords.Warned::warning).orElse(null),
				warned.map(CallRecords.Warned::at).orElse(null));
	}

	/**
	 * The side's page reports whether its call is connected (every few seconds while it
	 * is open): how long both were connected decides whether a failed call is refunded.
	 */
	public State report(VisitRecords.Visit visit, Side side, boolean connected) {
		presence.report(visit.id(), side, connected);
		return state(visit, side);
	}

	/** Whether a media server is configured and answers. */
	public boolean videoAvailable() {
		return rooms.videoAvailable();
	}

	/**
	 * Publishes the side's camera and microphone: the browser's offer in, Janus's answer
	 * out.
	 */
	public String publish(VisitRecords.Visit visit, Side side, UUID by, String offer) {
		rooms.check(visit);
		CallRecords.Room room = rooms.room(visit);
		Janus janus = rooms.janus(room.server());
		for (CallRecords.Peer earlier : calls.peers(visit.id())) {
			if (earlier.role().equals(side.name())) {
				rooms.leave(janus, room, earlier, true);
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
		rooms.check(visit);
		List<Long> feeds = feeds(visit, List.of(side.other().name()));
		if (feeds.isEmpty()) {
			throw new ConflictException("other-side-not-here", "The other side has not joined yet.");
		}
		return subscribe(visit, feeds, "RECEIVER", by);
	}

	/** The browser's answer to an {@link Offer}: the media starts flowing. */
	public void answer(VisitRecords.Visit visit, UUID subscription, UUID by, String sdp) {
		CallRecords.Peer peer = calls.peers(visit.id())
			.stream()
			.filter(p -> p.id().equals(subscription) && p.account().equals(by) && p.feed() == null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("subscription"));
		CallRecords.Room room = calls.room(visit.id()).orElseThrow(() -> new NotFoundException("call"));
		rooms.janus(room.server()).await(peer.session(), peer.handle(), Map.of("request", "start"), sdp, "answer");
	}

	/** Subscribes a receiver (or a monitor) to the feeds in the visit's room. */
	Offer subscribe(VisitRecords.Visit visit, List<Long> feeds, String role, UUID by) {
		CallRecords.Room room = calls.room(visit.id()).orElseThrow(() -> new NotFoundException("call"));
		Janus janus = rooms.janus(room.server());
		long session = janus.createSession();
		long handle = janus.attach(session);
		Janus.Reply reply;
		try {
			reply = janus.await(session, handle, Map.of("request", "join", "room", room.room(), "ptype", "subscriber",
					"streams", feeds.stream().map(feed -> Map.of("feed", feed)).toList()), null, null);
		}
		catch (Janus.JanusException ex) {
			janus.destroySession(session);
			if (String.valueOf(ex.getMessage()).startsWith("No such feed")) {
				// the other side's camera is published but its media not flowing yet (or
				// it is rejoining): the page asks again
				throw new ConflictException("other-side-not-here", "The other side is still joining.");
			}
			throw ex;
		}
		UUID id = UUID.randomUUID();
		calls.insertPeer(new CallRecords.Peer(id, visit.id(), role, by, session, handle, null));
		return new Offer(id, String.valueOf(reply.sdp()));
	}

	/** The feed numbers published in the visit's room by these roles. */
	List<Long> feeds(VisitRecords.Visit visit, List<String> roles) {
		return calls.peers(visit.id())
			.stream()
			.filter(p -> roles.contains(p.role()) && p.feed() != null)
			.map(CallRecords.Peer::feed)
			.toList();
	}

}
