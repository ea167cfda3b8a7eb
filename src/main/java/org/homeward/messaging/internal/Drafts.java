package org.homeward.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts, saved on the server as they are typed (web and kiosk), so they survive signing
 * out, time-outs and crashes. The client names a draft with an id of its own choosing and
 * saves it again and again under that id.
 */
@Service
public class Drafts {

	/** The longest draft kept, the same as the longest message column. */
	public static final int MAX_CHARS = 100_000;

	/**
	 * @param authorKind {@code FAMILY} or {@code INMATE}
	 * @param accountId for an inmate's draft, the family member it is written to
	 */
	public record DraftView(UUID id, UUID authorId, String authorKind, UUID inmateId, @Nullable UUID accountId,
			String body, List<UUID> attachmentIds, boolean prepaidReply, Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Drafts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Saves the draft as it is now.
	 * @throws NotFoundException when the id names someone else's draft
	 */
	@Transactional
	public DraftView save(UUID author, String authorKind, UUID id, UUID inmateId, @Nullable UUID accountId, String body,
			List<UUID> attachmentIds, boolean prepaidReply) {
		String ids = attachmentIds.stream()
			.distinct()
			.limit(Correspondence.MAX_PHOTOS)
			.map(UUID::toString)
			.collect(Collectors.joining(","));
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		int updated = jdbc
			.sql("""
					update messaging.draft set inmate_id = :inmate, account_id = :account, body = :body, attachment_ids = :ids,
					       prepaid_reply = :prepaid, updated_at = :now
					 where id = :id and author_id = :author""")
			.param("inmate", inmateId)
			.param("account", accountId)
			.param("body", body)
			.param("ids", ids)
			.param("prepaid", prepaidReply)
			.param("now", now)
			.param("id", id)
			.param("author", author)
			.update();
		if (updated == 0) {
			int inserted = jdbc
				.sql("""
						insert into messaging.draft (id, author_id, author_kind, inmate_id, account_id, body, attachment_ids,
						                             prepaid_reply, updated_at)
						values (:id, :author, :kind, :inmate, :account, :body, :ids, :prepaid, :now)
						on conflict do nothing""")
				.param("id", id)
				.param("author", author)
				.param("kind", authorKind)
				.param("inmate", inmateId)
				.param("account", accountId)
				.param("body", body)
				.param("ids", ids)
				.param("prepaid", prepaidReply)
				.param("now", now)
				.update();
			if (inserted == 0) {
				throw new NotFoundException("draft");
			}
		}
		return get(author, id).orElseThrow();
	}

	public Optional<DraftView> get(UUID author, UUID id) {
		return jdbc.sql("select * from messaging.draft where id = :id and author_id = :author")
			.param("id", id)
			.param("author", author)
			.query(Drafts::draft)
			.optional();
	}

	/** The author's drafts, most recently saved first. */
	public List<DraftView> of(UUID author) {
		return jdbc.sql("select * from messaging.draft where author_id = :author order by updated_at desc limit 100")
			.param("author", author)
			.query(Drafts::draft)
			.list();
	}

	/**
	 * The author's newest draft to this inmate (families) or to this family member
	 * (inmates).
	 */
	public Optional<DraftView> latest(UUID author, UUID inmateId, @Nullable UUID accountId) {
		return of(author).stream()
			.filter(d -> d.inmateId().equals(inmateId) && (accountId == null || accountId.equals(d.accountId())))
			.findFirst();
	}

	@Transactional
	public void delete(UUID author, UUID id) {
		jdbc.sql("delete from messaging.draft where id = :id and author_id = :author")
			.param("id", id)
			.param("author", author)
			.update();
	}

	private static DraftView draft(ResultSet rs, int n) throws SQLException {
		String ids = rs.getString("attachment_ids");
		return new DraftView(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
				rs.getString("author_kind"), rs.getObject("inmate_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getString("body"),
				ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList(),
				rs.getBoolean("prepaid_reply"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

}
