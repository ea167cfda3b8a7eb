package org.homeward.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditSearch;
import org.homeward.shared.Hashes;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class ChainedAuditLog implements AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	ChainedAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		Head head = jdbc.sql("select sequence, hash from audit.chain_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong("sequence"), rs.getString("hash")))
			.single();
		long sequence = head.sequence() + 1;
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (entry.from() == null) {
			entry = new AuditEntry(entry.actor(), entry.actorLabel(), entry.agency(), entry.action(), entry.subject(),
					entry.detail(), clientAddress());
		}
		String hash = hash(head.hash(), sequence, at, entry);
		jdbc.sql(
				"""
						insert into audit.entry (sequence, at, actor, actor_label, agency_id, action, subject, detail, from_addr, prev_hash, hash)
						values (:sequence, :at, :actor, :label, :agency, :action, :subject, :detail, :from, :prev, :hash)""")
			.param("sequence", sequence)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("label", entry.actorLabel())
			.param("agency", entry.agency() == null ? null : entry.agency().value())
			.param("action", entry.action())
			.param("subject", entry.subject())
			.param("detail", entry.detail())
			.param("from", entry.from())
			.param("prev", head.hash())
			.param("hash", hash)
			.update();
		jdbc.sql("update audit.chain_head set sequence = :sequence, hash = :hash where id = 1")
			.param("sequence", sequence)
			.param("hash", hash)
			.update();
	}

	@Override
	public List<AuditRecord> newestOf(TenantId agency, int limit) {
		return jdbc.sql("select * from audit.entry where agency_id = :agency order by sequence desc limit :limit")
			.param("agency", agency.value())
			.param("limit", limit)
			.query((rs, n) -> record(rs))
			.list();
	}

	@Override
	public List<AuditRecord> newestBy(UUID actor, int limit) {
		return jdbc.sql("select * from audit.entry where actor = :actor order by sequence desc limit :limit")
			.param("actor", actor)
			.param("limit", limit)
			.query((rs, n) -> record(rs))
			.list();
	}

	@Override
	public List<AuditRecord> search(AuditSearch search) {
		StringBuilder sql = new StringBuilder("select * from audit.entry where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (search.agency() != null) {
			sql.append(" and agency_id = :agency");
			params.put("agency", search.agency().value());
		}
		if (search.actor() != null && !search.actor().isBlank()) {
			sql.append(" and lower(actor_label) like :actor");
			params.put("actor", "%" + like(search.actor().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (search.action() != null && !search.action().isBlank()) {
			sql.append(" and action like :action");
			params.put("action", like(search.action().strip()) + "%");
		}
		if (search.subject() != null && !search.subject().isBlank()) {
			sql.append(" and subject = :subject");
			params.put("subject", search.subject().strip());
		}
		if (search.from() != null) {
			sql.append(" and at >= :from");
			params.put("from", search.from().atOffset(ZoneOffset.UTC));
		}
		if (search.until() != null) {
			sql.append(" and at < :until");
			params.put("until", search.until().atOffset(ZoneOffset.UTC));
		}
		sql.append(" order by sequence desc limit :limit");
		params.put("limit", Math.max(1, Math.min(search.limit(), 500)));
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> record(rs)).list();
	}

	@Override
	public long size() {
		return jdbc.sql("select count(*) from audit.entry").query(Long.class).single();
	}

	/** Words for a {@code like}, its wildcards taken literally. */
	private static String like(String words) {
		return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	@Override
	@Transactional(readOnly = true)
	public long firstBrokenLink() {
		long[] broken = { -1 };
		String[] previous = { "0".repeat(64) };
		jdbc.sql("select * from audit.entry order by sequence").query(rs -> {
			if (broken[0] < 0) {
				AuditRecord record = record(rs);
				String prev = rs.getString("prev_hash");
				if (!prev.equals(previous[0])
						|| !hash(prev, record.sequence(), record.at(), record.entry()).equals(record.hash())) {
					broken[0] = record.sequence();
				}
				previous[0] = record.hash();
			}
		});
		return broken[0];
	}

	/**
	 * The address of the client whose request is being served, if this runs in a request.
	 */
	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}

	private static AuditRecord record(ResultSet rs) throws SQLException {
		UUID agency = rs.getObject("agency_id", UUID.class);
		AuditEntry entry = new AuditEntry(rs.getObject("actor", UUID.class), rs.getString("actor_label"),
				agency == null ? null : new TenantId(agency), rs.getString("action"), rs.getString("subject"),
				rs.getString("detail"), rs.getString("from_addr"));
		return new AuditRecord(rs.getLong("sequence"), rs.getObject("at", OffsetDateTime.class).toInstant(), entry,
				rs.getString("hash"));
	}

	static String hash(String previous, long sequence, Instant at, AuditEntry entry) {
		String text = String.join("\u001f", previous, Long.toString(sequence), at.toString(),
				Objects.toString(entry.actor(), ""), entry.actorLabel(), Objects.toString(entry.agency(), ""),
				entry.action(), Objects.toString(entry.subject(), ""), Objects.toString(entry.detail(), ""),
				Objects.toString(entry.from(), ""));
		return Hashes.sha256Hex(text);
	}

	private record Head(long sequence, String hash) {
	}

}
