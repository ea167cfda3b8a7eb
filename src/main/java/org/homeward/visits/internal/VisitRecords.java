package org.homeward.visits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.TenantId;
import org.homeward.visits.VisitEnded;
import org.homeward.visits.VisitReason;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored visits and their history. A visit's status only moves by compare-and-set
 * from the states {@link VisitStatus#LIFECYCLE} allows, and each move is written to its
 * history.
 */
@Repository
public class VisitRecords {

	/** A visit as stored. */
	public record Visit(UUID id, TenantId agency, UUID facility, UUID inmate, UUID account, UUID contact, boolean legal,
			Instant start, Instant end, int lengthMinutes, Money price, VisitStatus status, String key,
			String requestHash, UUID paymentMethod, @Nullable String declineReason, @Nullable Money refundDue,
			@Nullable Instant refundedAt, Instant createdAt) {
	}

	/**
	 * One move of a visit: to a status, or (with {@code movedFrom}) to another time.
	 */
	public record Move(VisitStatus status, Instant at, @Nullable VisitReason reason, @Nullable String note,
			@Nullable Instant movedFrom) {
	}

	static final String SELECT = "select * from visits.visit ";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	VisitRecords(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	Optional<Visit> byKey(UUID account, String key) {
		return jdbc.sql(SELECT + "where account_id = :account and idempotency_key = :key")
			.param("account", account)
			.param("key", key)
			.query((rs, n) -> visit(rs))
			.optional();
	}

	public Optional<Visit> byId(UUID id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query((rs, n) -> visit(rs)).optional();
	}

	/**
	 * A visit the family booked and paid for (not one whose card refused or is still
	 * being charged).
	 * @throws NotFoundException for any other
	 */
	public Visit ofFamily(UUID account, UUID id) {
		return byId(id)
			.filter(v -> v.account().equals(account) && v.status() != VisitStatus.PAYMENT_DECLINED
					&& v.status() != VisitStatus.PAYING)
			.orElseThrow(() -> new NotFoundException("visit"));
	}

	/**
	 * The family's visits that a family sees (not those whose card refused), newest
	 * first.
	 */
	public List<Visit> ofAccount(UUID account, int limit) {
		return jdbc.sql(SELECT + """
				where account_id = :account and status <> 'PAYMENT_DECLINED'
				order by starts_at desc limit :limit""")
			.param("account", account)
			.param("limit", limit)
			.query((rs, n) -> visit(rs))
			.list();
	}

	/**
	 * The inmate's visits from {@code from} on that will or may take place, earliest
	 * first.
	 */
	public List<Visit> upcomingOfInmate(UUID inmate, Instant from, int limit) {
		return jdbc.sql(SELECT + """
				where inmate_id = :inmate and ends_at > :from and status in ('REQUESTED', 'SCHEDULED', 'LIVE')
				order by starts_at limit :limit""")
			.param("inmate", inmate)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> visit(rs))
			.list();
	}

	/**
	 * The facility's visits starting from {@code from} until {@code to}, earliest first.
	 */
	public List<Visit> atFacility(UUID facility, Instant from, Instant to) {
		return jdbc.sql(SELECT + """
				where facility_id = :facility and starts_at >= :from and starts_at < :to
				  and status not in ('PAYING', 'PAYMENT_DECLINED')
				order by starts_at, created_at""")
			.param("facility", facility)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> visit(rs))
			.list();
	}

	/**
	 * The visits holding a station at the facility between from and to, but
	 * {@code except} (a visit being moved).
	 */
	List<Slots.Taken> takenAtFacility(UUID facility, Instant from, Instant to, @Nullable UUID except) {
		return taken("facility_id", facility, from, to, except);
	}

	/** The inmate's visits holding a station between from and to, but {@code except}. */
	List<Slots.Taken> takenByInmate(UUID inmate, Instant from, Instant to, @Nullable UUID except) {
		return taken("inmate_id", inmate, from, to, except);
	}

	private List<Slots.Taken> taken(String column, UUID id, Instant from, Instant to, @Nullable UUID except) {
		return jdbc.sql("select starts_at, ends_at, count(*) as visits from visits.visit where " + column + """
				= :id and starts_at < :to and ends_at > :from and id <> :except
				 and status in ('PAYING', 'REQUESTED', 'SCHEDULED', 'LIVE')
				group by starts_at, ends_at""")
			.param("id", id)
			.param("except", except == null ? new UUID(0, 0) : except)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Slots.Taken(instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getInt("visits")))
			.list();
	}

	/**
	 * Records a new visit, PAYING, unless the account used the key already.
	 * @return the visit, or empty when the key was taken meanwhile
	 */
	Optional<Visit> insert(Visit visit) {
		int inserted = jdbc
			.sql("""
					insert into visits.visit (id, agency_id, facility_id, inmate_id, account_id, contact_id, legal, starts_at,
					    ends_at, length_minutes, price_minor, currency, status, idempotency_key, request_hash,
					    payment_method_id, created_at)
					select :id, :agency, :facility, :inmate, :account, :contact, :legal, :start, :end, :minutes, :price,
					    :currency, 'PAYING', :key, :hash, :method, :now
					where not exists (select 1 from visits.visit where account_id = :account and idempotency_key = :key)""")
			.param("id", visit.id())
			.param("agency", visit.agency().value())
			.param("facility", visit.facility())
			.param("inmate", visit.inmate())
			.param("account", visit.account())
			.param("contact", visit.contact())
			.param("legal", visit.legal())
			.param("start", visit.start().atOffset(ZoneOffset.UTC))
			.param("end", visit.end().atOffset(ZoneOffset.UTC))
			.param("minutes", visit.lengthMinutes())
			.param("price", visit.price().minorUnits())
			.param("currency", visit.price().currency().getCurrencyCode())
			.param("key", visit.key())
			.param("hash", visit.requestHash())
			.param("method", visit.paymentMethod())
			.param("now", visit.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		history(visit.id(), VisitStatus.PAYING, null, null, visit.account());
		return byId(visit.id());
	}

	/**
	 * Moves a visit to {@code to} if it is in a state the lifecycle moves from; writes
	 * the move to its history.
	 * @return whether this call moved it
	 */
	boolean move(UUID id, VisitStatus to, @Nullable VisitReason reason, @Nullable String note, @Nullable UUID by) {
		int moved = jdbc.sql("update visits.visit set status = :to where id = :id and status in (:from)")
			.param("to", to.name())
			.param("id", id)
			.param("from", VisitStatus.LIFECYCLE.sourceNamesOf(to))
			.update();
		if (moved == 1) {
			history(id, to, reason, note, by);
			if (to == VisitStatus.COMPLETED || to == VisitStatus.TERMINATED || to == VisitStatus.MISSED) {
				Visit visit = byId(id).orElseThrow();
				// a visit missed for a reason not the family's is refunded in full
				Money refund = to == VisitStatus.MISSED && reason != null ? visit.price()
						: Money.zero(visit.price().currency());
				events.publishEvent(new VisitEnded(id, visit.agency(), visit.facility(), to, visit.lengthMinutes(),
						refund, clock.instant()));
			}
		}
		return moved == 1;
	}

	/**
	 * Moves a requested or scheduled visit from one time to another (compare-and-set on
	 * the time it had), written to its history; it will be reminded anew.
	 * @return whether this call moved it
	 */
	boolean reschedule(Visit visit, Instant start, Instant end, UUID by) {
		int moved = jdbc.sql("""
				update visits.visit set starts_at = :start, ends_at = :end, reminded_at = null
				 where id = :id and starts_at = :was and status in ('REQUESTED', 'SCHEDULED')""")
			.param("start", start.atOffset(ZoneOffset.UTC))
			.param("end", end.atOffset(ZoneOffset.UTC))
			.param("id", visit.id())
			.param("was", visit.start().atOffset(ZoneOffset.UTC))
			.update();
		if (moved == 1) {
			history(visit.id(), visit.status(), null, null, by, visit.start());
		}
		return moved == 1;
	}

	public List<Move> history(UUID visit) {
		return histories(List.of(visit)).getOrDefault(visit, List.of());
	}

	/** The histories of several visits in one query, each in order. */
	public Map<UUID, List<Move>> histories(Collection<UUID> visits) {
		Map<UUID, List<Move>> histories = new HashMap<>();
		if (visits.isEmpty()) {
			return histories;
		}
		jdbc.sql("select * from visits.history where visit_id in (:visits) order by visit_id, seq")
			.param("visits", visits)
			.query((RowCallbackHandler) rs -> histories
				.computeIfAbsent(rs.getObject("visit_id", UUID.class), v -> new ArrayList<>())
				.add(new Move(VisitStatus.valueOf(rs.getString("status")), instant(rs, "at"),
						rs.getString("reason") == null ? null : VisitReason.valueOf(rs.getString("reason")),
						rs.getString("note"),
						rs.getObject("moved_from", OffsetDateTime.class) == null ? null : instant(rs, "moved_from"))));
		return histories;
	}

	private void history(UUID visit, VisitStatus status, @Nullable VisitReason reason, @Nullable String note,
			@Nullable UUID by) {
		history(visit, status, reason, note, by, null);
	}

	private void history(UUID visit, VisitStatus status, @Nullable VisitReason reason, @Nullable String note,
			@Nullable UUID by, @Nullable Instant movedFrom) {
		jdbc.sql("""
				insert into visits.history (visit_id, seq, status, reason, note, by_account, at, moved_from)
				select :visit, coalesce(max(seq), 0) + 1, :status, :reason, :note, :by, :now, :movedFrom
				from visits.history where visit_id = :visit""")
			.param("visit", visit)
			.param("movedFrom", movedFrom == null ? null : movedFrom.atOffset(ZoneOffset.UTC))
			.param("status", status.name())
			.param("reason", reason == null ? null : reason.name())
			.param("note", note)
			.param("by", by)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static Visit visit(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		long due = rs.getLong("refund_due_minor");
		boolean owed = !rs.wasNull();
		OffsetDateTime refundedAt = rs.getObject("refunded_at", OffsetDateTime.class);
		return new Visit(rs.getObject("id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				rs.getObject("facility_id", UUID.class), rs.getObject("inmate_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getObject("contact_id", UUID.class), rs.getBoolean("legal"),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getInt("length_minutes"),
				Money.ofMinor(rs.getLong("price_minor"), currency), VisitStatus.valueOf(rs.getString("status")),
				rs.getString("idempotency_key"), rs.getString("request_hash"),
				rs.getObject("payment_method_id", UUID.class), rs.getString("decline_reason"),
				owed ? Money.ofMinor(due, currency) : null, refundedAt == null ? null : refundedAt.toInstant(),
				instant(rs, "created_at"));
	}

}
