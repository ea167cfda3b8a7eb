package org.homeward.reports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.homeward.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports' facts and their daily sums. A fact is written once (its source and metric
 * are its key), and its day's sum grows with it in the same transaction, so the sums are
 * always the facts' totals; {@link #rebuild()} recomputes every sum from the facts.
 */
@Repository
public class Rollups {

	/** Where an agency-wide fact (stamps bought for the agency) is filed. */
	public static final UUID AGENCY_WIDE = new UUID(0, 0);

	/**
	 * One measure of one event.
	 *
	 * @param source what it counts, e.g. {@code deposit:<id>}
	 */
	public record Fact(String source, String metric, TenantId agency, @Nullable UUID facility, Instant at,
			long quantity, long amountMinor) {

		public Fact(String source, Metric metric, TenantId agency, @Nullable UUID facility, Instant at, long quantity,
				long amountMinor) {
			this(source, metric.name(), agency, facility, at, quantity, amountMinor);
		}

		LocalDate day() {
			return at.atZone(ZoneOffset.UTC).toLocalDate();
		}

	}

	/** A day's sum of one metric at one facility. */
	public record Daily(TenantId agency, UUID facility, LocalDate day, String metric, long quantity, long amountMinor) {
	}

	private final JdbcClient jdbc;

	private final boolean postgres;

	private final DataSource dataSource;

	Rollups(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot tell which database holds the reports", ex);
		}
	}

	/**
	 * Counts the facts of one event, each once: a fact already recorded (the event
	 * delivered again) changes nothing.
	 */
	@Transactional
	public void count(List<Fact> facts) {
		// one order of locks for every event, so that two events of a day never deadlock
		List<Fact> ordered = new ArrayList<>(facts);
		ordered.sort(Comparator.comparing((Fact f) -> f.day())
			.thenComparing(f -> f.facility() == null ? AGENCY_WIDE : f.facility())
			.thenComparing(Fact::metric));
		for (Fact fact : ordered) {
			UUID facility = fact.facility() == null ? AGENCY_WIDE : fact.facility();
			int recorded = jdbc
				.sql("""
						insert into reports.fact (source, metric, agency_id, facility_id, on_day, quantity, amount_minor, at)
						values (:source, :metric, :agency, :facility, :day, :quantity, :amount, :at) on conflict do nothing""")
				.param("source", fact.source())
				.param("metric", fact.metric())
				.param("agency", fact.agency().value())
				.param("facility", facility)
				.param("day", fact.day())
				.param("quantity", fact.quantity())
				.param("amount", fact.amountMinor())
				.param("at", fact.at().atOffset(ZoneOffset.UTC))
				.update();
			if (recorded == 0) {
				continue;
			}
			jdbc.sql("""
					insert into reports.daily (agency_id, on_day, facility_id, metric, quantity, amount_minor)
					values (:agency, :day, :facility, :metric, 0, 0) on conflict do nothing""")
				.param("agency", fact.agency().value())
				.param("day", fact.day())
				.param("facility", facility)
				.param("metric", fact.metric())
				.update();
			jdbc.sql("""
					update reports.daily set quantity = quantity + :quantity, amount_minor = amount_minor + :amount
					 where agency_id = :agency and on_day = :day and facility_id = :facility and metric = :metric""")
				.param("quantity", fact.quantity())
				.param("amount", fact.amountMinor())
				.param("agency", fact.agency().value())
				.param("day", fact.day())
				.param("facility", facility)
				.param("metric", fact.metric())
				.update();
		}
	}

	/** Whether a fact of a source like this pattern (SQL {@code like}) was recorded. */
	boolean hasSource(String pattern) {
		return jdbc.sql("select count(*) from reports.fact where source like :pattern")
			.param("pattern", pattern)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records many facts at once (a demo's history), then rebuilds the sums: for facts no
	 * event will ever bring.
	 */
	@Transactional
	void seed(List<Fact> facts) {
		new JdbcTemplate(dataSource).batchUpdate("""
				insert into reports.fact (source, metric, agency_id, facility_id, on_day, quantity, amount_minor, at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", facts, 1000, (statement, fact) -> {
			statement.setString(1, fact.source());
			statement.setString(2, fact.metric());
			statement.setObject(3, fact.agency().value());
			statement.setObject(4, fact.facility() == null ? AGENCY_WIDE : fact.facility());
			statement.setObject(5, fact.day());
			statement.setLong(6, fact.quantity());
			statement.setLong(7, fact.amountMinor());
			statement.setObject(8, fact.at().atOffset(ZoneOffset.UTC));
		});
		rebuild();
	}

	/**
	 * When a fact was recorded, if it was (when a message was held, for its review wait).
	 */
	public Optional<Instant> at(String source, String metric) {
		return jdbc.sql("select at from reports.fact where source = :source and metric = :metric")
			.param("source", source)
			.param("metric", metric)
			.query((rs, n) -> rs.getObject("at", OffsetDateTime.class).toInstant())
			.optional();
	}

	/** The facility a source's facts were filed under (a deposit's, for its reversal). */
	public Optional<UUID> facilityOf(String source) {
		return jdbc.sql("select facility_id from reports.fact where source = :source order by metric")
			.param("source", source)
			.query(UUID.class)
			.list()
			.stream()
			.filter(f -> !f.equals(AGENCY_WIDE))
			.findFirst();
	}

	/**
	 * The sums of an agency's days from {@code from} until before {@code to}, one
	 * facility's or all of them (the agency-wide ones included).
	 */
	public List<Daily> days(TenantId agency, @Nullable UUID facility, LocalDate from, LocalDate to) {
		var query = jdbc.sql("""
				select agency_id, facility_id, on_day, metric, quantity, amount_minor from reports.daily
				 where agency_id = :agency and on_day >= :from and on_day < :to
				""" + (facility == null ? "" : " and facility_id = :facility") + " order by on_day, metric")
			.param("agency", agency.value())
			.param("from", from)
			.param("to", to);
		if (facility != null) {
			query = query.param("facility", facility);
		}
		return query
			.query((rs, n) -> new Daily(new TenantId(rs.getObject("agency_id", UUID.class)),
					rs.getObject("facility_id", UUID.class), rs.getObject("on_day", LocalDate.class),
					rs.getString("metric"), rs.getLong("quantity"), rs.getLong("amount_minor")))
			.list();
	}

	/** Every sum, in one order (to compare the live sums with a rebuild). */
	public List<Daily> all() {
		return jdbc.sql("""
				select agency_id, facility_id, on_day, metric, quantity, amount_minor from reports.daily
				 where quantity <> 0 or amount_minor <> 0 order by agency_id, on_day, facility_id, metric""")
			.query((rs, n) -> new Daily(new TenantId(rs.getObject("agency_id", UUID.class)),
					rs.getObject("facility_id", UUID.class), rs.getObject("on_day", LocalDate.class),
					rs.getString("metric"), rs.getLong("quantity"), rs.getLong("amount_minor")))
			.list();
	}

	/**
	 * Recomputes every daily sum from the facts, in one transaction (readers see the old
	 * sums or the new ones). On PostgreSQL, events counted while it runs wait for it; the
	 * embedded database of the demo run has no such lock.
	 * @return how many sums there are
	 */
	@Transactional
	public int rebuild() {
		if (postgres) {
			// events counted meanwhile wait for the rebuild, and are added to its sums
			// after
			jdbc.sql("lock table reports.daily in exclusive mode").update();
		}
		jdbc.sql("delete from reports.daily").update();
		return jdbc.sql("""
				insert into reports.daily (agency_id, on_day, facility_id, metric, quantity, amount_minor)
				select agency_id, on_day, facility_id, metric, sum(quantity), sum(amount_minor) from reports.fact
				 group by agency_id, on_day, facility_id, metric""").update();
	}

}
