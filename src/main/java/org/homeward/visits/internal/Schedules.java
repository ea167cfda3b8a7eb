package org.homeward.visits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Money;
import org.homeward.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The facilities' visiting schedules as stored. Every free-slot search reads one, so a
 * facility's schedule is kept in memory for {@link #KEPT} after it is read: a change made
 * in the database reaches the searches within that time (a booking is checked against the
 * same rules, so it never books what the schedule no longer offers for longer than that).
 */
@Repository
public class Schedules {

	static final Duration KEPT = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Cache<UUID, Schedule> kept = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();

	Schedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The facility's schedule; empty where the facility has no video visiting. */
	public Optional<Schedule> of(UUID facility) {
		Schedule known = kept.getIfPresent(facility);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Schedule> read = jdbc.sql("select * from visits.schedule where facility_id = :facility")
			.param("facility", facility)
			.query((rs, n) -> row(rs))
			.optional()
			.map(this::complete);
		read.ifPresent(schedule -> kept.put(facility, schedule));
		return read;
	}

	/**
	 * Takes the facility's booking lock until the transaction ends: bookings at one
	 * facility are decided one at a time, so two families never both get its last
	 * station.
	 */
	void lock(UUID facility) {
		jdbc.sql("select facility_id from visits.schedule where facility_id = :facility for update")
			.param("facility", facility)
			.query(UUID.class)
			.optional();
	}

	private record Row(UUID facility, TenantId agency, ZoneId zone, int stations, int allowance, int minHours,
			int maxDays, int cutoffHours, boolean approval, boolean recorded, int retention) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("facility_id", UUID.class), new TenantId(rs.getObject("agency_id", UUID.class)),
				ZoneId.of(rs.getString("time_zone")), rs.getInt("stations"), rs.getInt("weekly_allowance"),
				rs.getInt("min_hours_ahead"), rs.getInt("max_days_ahead"), rs.getInt("cancel_cutoff_hours"),
				rs.getBoolean("needs_approval"), rs.getBoolean("recorded"), rs.getInt("retention_days"));
	}

	private Schedule complete(Row row) {
		Map<DayOfWeek, List<Schedule.Opening>> openings = new EnumMap<>(DayOfWeek.class);
		jdbc.sql("select * from visits.opening where facility_id = :facility order by day_of_week, opens")
			.param("facility", row.facility())
			.query(rs -> {
				openings.computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), d -> new ArrayList<>())
					.add(new Schedule.Opening(rs.getObject("opens", LocalTime.class),
							rs.getObject("closes", LocalTime.class)));
			});
		List<Schedule.Length> lengths = jdbc.sql("select * from visits.visit_length where facility_id = :facility")
			.param("facility", row.facility())
			.query((rs, n) -> new Schedule.Length(rs.getInt("minutes"),
					Money.ofMinor(rs.getLong("price_minor"), rs.getString("currency"))))
			.list()
			.stream()
			.sorted(Comparator.comparingInt(Schedule.Length::minutes))
			.toList();
		return new Schedule(row.facility(), row.agency(), row.zone(), row.stations(), row.allowance(),
				Duration.ofHours(row.minHours()), row.maxDays(), Duration.ofHours(row.cutoffHours()), row.approval(),
				row.recorded(), row.retention(), openings, lengths);
	}

}
