package org.homeward.screening.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.shared.Caller;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Ids;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * An agency's keyword and phrase list, compiled into a matcher kept for a minute (a
 * change made here is used at once), its watch list, and its reasons for rejecting. Every
 * change is in the audit log.
 */
@Service
public class ScreeningLists {

	/** A phrase of the list. */
	public record Keyword(UUID id, String phrase, String category) {
	}

	/** Someone whose messages are held. */
	public record WatchEntry(UUID id, String kind, String entry, String reason) {
	}

	/** A reason an agency gives when it rejects. */
	public record Reason(String code, String text) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Cache<TenantId, PhraseMatcher> matchers = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(1_000)
		.build();

	ScreeningLists(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	PhraseMatcher matcher(TenantId agency) {
		return matchers.get(agency, a -> new PhraseMatcher(
				keywords(a).stream().map(k -> new PhraseMatcher.Phrase(k.phrase(), k.category())).toList()));
	}

	/** A phrase of the list found in a text, where it stands (end exclusive). */
	public record Flag(String phrase, String category, int start, int end) {
	}

	/**
	 * What screening would flag in this text at the agency, in order ("test this text" on
	 * the staff's page: nothing is recorded).
	 */
	public List<Flag> test(TenantId agency, String text) {
		return matcher(agency).scan(text)
			.stream()
			.map(m -> new Flag(m.phrase(), m.category(), m.start(), m.end()))
			.sorted(java.util.Comparator.comparingInt(Flag::start))
			.toList();
	}

	public List<Keyword> keywords(TenantId agency) {
		return jdbc.sql(
				"select id, phrase, category from screening.keyword where agency_id = :agency order by category, phrase")
			.param("agency", agency.value())
			.query((rs, n) -> new Keyword(rs.getObject("id", UUID.class), rs.getString("phrase"),
					rs.getString("category")))
			.list();
	}

	@Transactional
	public Keyword addKeyword(TenantId agency, String phrase, String category, Caller by) {
		if (FoldedText.of(phrase).text().length() < 3) {
			throw new InvalidInputException("phrase", "must have at least 3 letters");
		}
		UUID id = Ids.next();
		int added = jdbc.sql("""
				insert into screening.keyword (id, agency_id, phrase, category, created_at, created_by)
				values (:id, :agency, :phrase, :category, :now, :by) on conflict do nothing""")
			.param("id", id)
			.param("agency", agency.value())
			.param("phrase", phrase.trim())
			.param("category", category.trim().toUpperCase(Locale.ROOT))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("by", by.accountId())
			.update();
		if (added == 0) {
			throw new ConflictException("The list already has this phrase.");
		}
		matchers.invalidate(agency);
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "screening.keyword-added", id.toString(),
				category + ": " + phrase, null));
		return new Keyword(id, phrase.trim(), category.trim().toUpperCase(Locale.ROOT));
	}

	@Transactional
	public void removeKeyword(TenantId agency, UUID id, Caller by) {
		if (jdbc.sql("delete from screening.keyword where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", agency.value())
			.update() == 0) {
			throw new NotFoundException("keyword");
		}
		matchers.invalidate(agency);
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "screening.keyword-removed",
				id.toString(), null, null));
	}

	public List<WatchEntry> watchList(TenantId agency) {
		return jdbc.sql(
				"select id, kind, entry, reason from screening.watch_entry where agency_id = :agency order by created_at desc")
			.param("agency", agency.value())
			.query((rs, n) -> new WatchEntry(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("entry"), rs.getString("reason")))
			.list();
	}

	/**
	 * Puts someone on the agency's watch list.
	 * @param kind {@code INMATE} or {@code ACCOUNT} (an id), {@code EMAIL} or
	 * {@code PHONE}
	 */
	@Transactional
	public WatchEntry watch(TenantId agency, String kind, String entry, String reason, Caller by) {
		String normalized = switch (kind) {
			case "INMATE", "ACCOUNT" -> UUID.fromString(entry.trim()).toString();
			case "EMAIL" -> entry.trim().toLowerCase(Locale.ROOT);
			case "PHONE" -> entry.replaceAll("[^+0-9]", "");
			default -> throw new InvalidInputException("kind", "must be INMATE, ACCOUNT, EMAIL or PHONE");
		};
		UUID id = Ids.next();
		jdbc.sql("""
				insert into screening.watch_entry (id, agency_id, kind, entry, reason, created_at, created_by)
				values (:id, :agency, :kind, :entry, :reason, :now, :by) on conflict do nothing""")
			.param("id", id)
			.param("agency", agency.value())
			.param("kind", kind)
			.param("entry", normalized)
			.param("reason", reason.trim())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("by", by.accountId())
			.update();
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "screening.watch-added",
				kind + ":" + normalized, reason, null));
		return watchList(agency).stream()
			.filter(w -> w.kind().equals(kind) && w.entry().equals(normalized))
			.findFirst()
			.orElseThrow();
	}

	@Transactional
	public void unwatch(TenantId agency, UUID id, Caller by) {
		if (jdbc.sql("delete from screening.watch_entry where id = :id and agency_id = :agency")
			.param("id", id)
			.param("agency", agency.value())
			.update() == 0) {
			throw new NotFoundException("watch-list entry");
		}
		audit.record(new AuditEntry(by.accountId(), by.displayName(), agency, "screening.watch-removed", id.toString(),
				null, null));
	}

	/**
	 * The watch-list entries of the agency that the inmate, the family account, its
	 * e-mail or phones hit.
	 */
	List<WatchEntry> hits(TenantId agency, UUID inmate, UUID account, String email, List<String> phones) {
		return jdbc
			.sql("""
					select id, kind, entry, reason from screening.watch_entry
					 where agency_id = :agency and ((kind = 'INMATE' and entry = :inmate) or (kind = 'ACCOUNT' and entry = :account)
					       or (kind = 'EMAIL' and entry = :email) or (kind = 'PHONE' and entry in (:phones)))""")
			.param("agency", agency.value())
			.param("inmate", inmate.toString())
			.param("account", account.toString())
			.param("email", email.toLowerCase(Locale.ROOT))
			.param("phones", phones.isEmpty() ? List.of("-") : phones)
			.query((rs, n) -> new WatchEntry(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("entry"), rs.getString("reason")))
			.list();
	}

	public List<Reason> reasons(TenantId agency) {
		return jdbc.sql("select code, text from screening.reject_reason where agency_id = :agency order by code")
			.param("agency", agency.value())
			.query((rs, n) -> new Reason(rs.getString("code"), rs.getString("text")))
			.list();
	}

}
