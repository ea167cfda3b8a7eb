package org.homeward.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What screening and review may do with messages: read what they need to judge one, and
 * move it on. Every move is recorded in the message's status history, which its sender
 * sees.
 */
public interface Messages {

	/**
	 * A message as screening sees it.
	 *
	 * @param toInmate whether a family member wrote to an inmate (or an inmate replied)
	 * @param photos the ids of its photos, in order
	 * @param privileged legal mail: not content-screened, never shown to reviewers or
	 * investigators
	 */
	record Subject(UUID id, boolean toInmate, UUID accountId, UUID inmateId, TenantId agency, UUID facilityId,
			String body, List<UUID> photos, MessageStatus status, Instant sentAt, boolean privileged) {
	}

	Optional<Subject> subject(UUID message);

	/**
	 * The agency's held messages, oldest first, at one facility when {@code facility} is
	 * given.
	 */
	List<Subject> held(TenantId agency, @Nullable UUID facility, int limit);

	/** Since when the oldest held message of each facility of the agency has waited. */
	Map<UUID, Instant> oldestHeldByFacility(TenantId agency);

	/** Holds a message that is being screened, for a person to review. */
	void hold(UUID message);

	/**
	 * Delivers a message that is being screened or is held: to the kiosk inbox, or the
	 * print queue where the facility prints its mail; a reply to a family is delivered
	 * and they are told by e-mail.
	 */
	void release(UUID message);

	/**
	 * Rejects a held message with the reason its sender will see; its stamps go back to
	 * the sender.
	 */
	void reject(UUID message, String reason);

	/**
	 * Rejects some photos of a held message (the rest is released afterwards); each
	 * photo's stamps go back to the sender and the reason is recorded.
	 */
	void rejectPhotos(UUID message, List<UUID> photos, String reason);

	/**
	 * What an investigator asks of an agency's archive; every part is optional.
	 *
	 * @param words all of these words (full text, ranked)
	 */
	record Search(@Nullable String words, @Nullable UUID inmateId, @Nullable UUID accountId, @Nullable UUID facilityId,
			@Nullable Instant from, @Nullable Instant to) {
	}

	/** The agency's messages that answer the search, best matches (or newest) first. */
	List<Subject> search(TenantId agency, Search search, int limit);

	/**
	 * Who an inmate writes with: each family account, how many messages, and the last
	 * one's time.
	 */
	record Correspondent(UUID accountId, long messages, Instant last) {
	}

	List<Correspondent> correspondents(TenantId agency, UUID inmate);

}
