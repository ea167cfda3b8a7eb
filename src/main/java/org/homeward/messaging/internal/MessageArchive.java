package org.homeward.messaging.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.messaging.Messages.Correspondent;
import org.homeward.messaging.Messages.Search;
import org.homeward.messaging.Messages.Subject;
import org.homeward.messaging.internal.MessageRecords.Direction;
import org.homeward.messaging.internal.MessageRecords.MessageView;
import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finding messages for staff: the held ones waiting for review, the archive searched by
 * words, person and date (the full-text index on PostgreSQL, a scan on the embedded
 * database), and who an inmate writes with.
 */
@Component
class MessageArchive {

	/** How many of the newest matches of a word search are ranked. */
	static final int RANKED_CANDIDATES = 2_000;

	private final MessageRecords records;

	private final Attachments attachments;

	private final JdbcClient jdbc;

	/** PostgreSQL searches its full-text index; the embedded database scans. */
	private final boolean postgres;

	MessageArchive(MessageRecords records, Attachments attachments, JdbcClient jdbc,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.records = records;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.postgres = databaseUrl.startsWith("jdbc:postgresql:");
	}

	Optional<Subject> subject(UUID message) {
		return records.byId(message).map(this::subject);
	}

	List<Subject> held(TenantId agency, @Nullable UUID facility, int limit) {
		var query = jdbc.sql("""
				select id from messaging.message where agency_id = :agency and status = 'HELD' %s
				 order by sent_at, id limit :limit""".formatted(facility == null ? "" : "and facility_id = :facility"))
			.param("agency", agency.value())
			.param("limit", limit);
		if (facility != null) {
			query = query.param("facility", facility);
		}
		return query.query(UUID.class)
			.list()
			.stream()
			.map(records::byId)
			.flatMap(Optional::stream)
			.map(this::subject)
			.toList();
	}

	Map<UUID, Instant> oldestHeldByFacility(TenantId agency) {
		Map<UUID, Instant> oldest = new LinkedHashMap<>();
		jdbc.sql("""
				select facility_id, min(sent_at) as oldest from messaging.message
				 where agency_id = :agency and status = 'HELD' group by facility_id order by oldest""")
			.param("agency", agency.value())
			.query(rs -> {
				oldest.put(rs.getObject("facility_id", UUID.class),
						rs.getObject("oldest", OffsetDateTime.class).toInstant());
			});
		return oldest;
	}

	List<Subject> search(TenantId agency, Search search, int limit) {
		boolean words = search.words() != null && !search.words().isBlank();
		StringBuilder where = new StringBuilder("agency_id = :agency");
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agency.value());
		params.put("limit", limit);
		if (words) {
			// the words of legal mail are never searched
			where.append(" and privileged = false");
		}
		if (words && postgres) {
			where.append(" and body_search @@ plainto_tsquery('simple', :words)");
			params.put("words", search.words());
		}
		else if (words) {
			int i = 0;
			for (String word : search.words().trim().toLowerCase(Locale.ROOT).split("\\s+")) {
				where.append(" and lower(body) like :w").append(i);
				params.put("w" + i++, "%" + word.replace("%", "").replace("_", "") + "%");
			}
		}
		if (search.inmateId() != null) {
			where.append(" and inmate_id = :inmate");
			params.put("inmate", search.inmateId());
		}
		if (search.accountId() != null) {
			where.append(" and account_id = :account");
			params.put("account", search.accountId());
		}
		if (search.facilityId() != null) {
			where.append(" and facility_id = :facility");
			params.put("facility", search.facilityId());
		}
		if (search.from() != null) {
			where.append(" and sent_at >= :from");
			params.put("from", search.from().atOffset(ZoneOffset.UTC));
		}
		if (search.to() != null) {
			where.append(" and sent_at < :to");
			params.put("to", search.to().atOffset(ZoneOffset.UTC));
		}
		String query;
		if (words && postgres) {
			// rank the newest matches only: a word found in half the archive must not
			// make a search read half of it
			params.put("candidates", RANKED_CANDIDATES);
			query = """
					select newest.id from (select id, body_search from messaging.message where %s
					                        order by sent_at desc limit :candidates) newest
					 order by ts_rank(newest.body_search, plainto_tsquery('simple', :words)) desc limit :limit"""
				.formatted(where);
		}
		else {
			query = "select id from messaging.message where " + where + " order by sent_at desc limit :limit";
		}
		return jdbc.sql(query)
			.params(params)
			.query(UUID.class)
			.list()
			.stream()
			.map(records::byId)
			.flatMap(Optional::stream)
			.map(this::subject)
			.toList();
	}

	List<Correspondent> correspondents(TenantId agency, UUID inmate) {
		return jdbc.sql("""
				select account_id, count(*) as messages, max(sent_at) as last from messaging.message
				 where agency_id = :agency and inmate_id = :inmate group by account_id order by messages desc""")
			.param("agency", agency.value())
			.param("inmate", inmate)
			.query((rs, n) -> new Correspondent(rs.getObject("account_id", UUID.class), rs.getLong("messages"),
					rs.getObject("last", OffsetDateTime.class).toInstant()))
			.list();
	}

	Subject subject(MessageView message) {
		return new Subject(message.id(), message.direction() == Direction.TO_INMATE, message.accountId(),
				message.inmateId(), message.agency(), message.facilityId(), message.body(),
				attachments.ofMessage(message.id()).stream().map(Attachments.AttachmentView::id).toList(),
				message.status(), message.sentAt(), message.privileged());
	}

}
