package org.homeward.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Free-slot search for video visits over HTTP: 32 paced clients (one search every second
 * each, after a 30 s warm-up), each a family asking for the next 14 days of their loved
 * one's free times at a facility with 8 stations open 08:00–20:00 and already half
 * booked. Each search reads the contact, the inmate, the contract, the schedule and the
 * visits holding stations. Run with {@code scripts/benchmark visits} ({@code -Dinterval=}
 * the pace in ms, {@code -Dwarmup=} seconds, {@code -Dprofile=target/profiles} for a
 * flame graph). Target: p99 under 50 ms.
 */
public final class VisitsBenchmark {

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final int SECONDS = Integer.getInteger("seconds", 20);

	static final int FAMILIES = Integer.getInteger("families", 200);

	static final long INTERVAL_MILLIS = Long.getLong("interval", 1000);

	/**
	 * How long the same load runs unmeasured first: until the JIT compiler is done (with
	 * a few seconds only, it took 40% of the CPU during the measured run).
	 */
	static final int WARMUP_SECONDS = Integer.getInteger("warmup", 30);

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	public static void main(String[] args) throws Exception {
		String database = Benchmarks.freshDatabase("homeward_bench_visits");
		try (ConfigurableApplicationContext app = Benchmarks.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Fixtures.BenchAgency bench = Fixtures.agency(jdbc, "BENCH-VIS", 60000, "VIDEO_VISITS");
			schedule(jdbc, bench);
			List<String[]> searches = new ArrayList<>();
			for (int f = 0; f < FAMILIES; f++) {
				searches.add(family(jdbc, bench, f));
			}
			int booked = halfBooked(jdbc, bench);
			Benchmarks.analyze(jdbc);
			LocalDate from = LocalDate.now(ZONE);
			String range = "&from=" + from + "&to=" + from.plusDays(13);
			String base = Benchmarks.baseUrl(app);
			IntFunction<LoadHarness.Request> next = i -> {
				String[] s = searches.get(Math.floorMod(i, searches.size()));
				return new LoadHarness.Request("/api/v1/visits/slots?inmateId=" + s[1] + range, null, s[0]);
			};
			LoadHarness.run(base, CLIENTS, WARMUP_SECONDS, INTERVAL_MILLIS, next);
			Profile profile = Profile.start("visits slot search");
			LoadHarness.Result result = LoadHarness.run(base, CLIENTS, SECONDS, INTERVAL_MILLIS, next);
			profile.stop();

			System.out.println();
			System.out.println("== Video visit slot search (" + Benchmarks.machine() + ", " + FAMILIES + " families, "
					+ booked + " visits booked, " + CLIENTS + " clients each every " + INTERVAL_MILLIS + " ms) ==");
			System.out.println("slot searches (14 days) over HTTP: " + result);
			System.out.printf("p99 %.1f ms (target < 50 ms): %s%n", result.p99Ms(),
					result.p99Ms() < 50 ? "met" : "NOT met");
		}
	}

	/**
	 * Every day 08:00-20:00, 8 stations, 15 or 30 minutes, booked up to 14 days ahead.
	 */
	private static void schedule(JdbcClient jdbc, Fixtures.BenchAgency bench) {
		jdbc.sql(
				"""
						insert into visits.schedule (facility_id, agency_id, time_zone, stations, weekly_allowance,
						  min_hours_ahead, max_days_ahead, cancel_cutoff_hours, needs_approval, recorded, retention_days, updated_at)
						values (:facility, :agency, 'America/New_York', 8, 50, 0, 14, 24, false, true, 90, now())""")
			.param("facility", bench.facility())
			.param("agency", bench.id())
			.update();
		for (int day = 1; day <= 7; day++) {
			jdbc.sql("""
					insert into visits.opening (facility_id, day_of_week, opens, closes)
					values (:facility, :day, time '08:00', time '20:00')""")
				.param("facility", bench.facility())
				.param("day", day)
				.update();
		}
		for (int minutes : new int[] { 15, 30 }) {
			jdbc.sql("""
					insert into visits.visit_length (facility_id, minutes, price_minor, currency)
					values (:facility, :minutes, :price, 'USD')""")
				.param("facility", bench.facility())
				.param("minutes", minutes)
				.param("price", minutes / 15 * 295)
				.update();
		}
	}

	/**
	 * A signed-in family and an active contact with an inmate of their own: {token,
	 * inmate}.
	 */
	private static String[] family(JdbcClient jdbc, Fixtures.BenchAgency bench, int n) throws Exception {
		Fixtures.Member member = Fixtures.signedInMember(jdbc, n);
		UUID inmate = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql(
				"""
						insert into directory.inmate (id, agency_id, inmate_number, first_name, last_name, first_name_key,
						  last_name_key, date_of_birth, facility_id, housing_unit_id, status, updated_at)
						values (:id, :agency, :number, 'Bench', 'Inmate', 'bench', 'inmate', null, :facility, null, 'ACTIVE', :now)""")
			.param("id", inmate)
			.param("agency", bench.id())
			.param("number", "V" + n)
			.param("facility", bench.facility())
			.param("now", now)
			.update();
		jdbc.sql("""
				insert into contacts.contact (id, account_id, inmate_id, agency_id, status, created_at, updated_at)
				values (:id, :family, :inmate, :agency, 'ACTIVE', :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("family", member.id())
			.param("inmate", inmate)
			.param("agency", bench.id())
			.param("now", now)
			.update();
		return new String[] { member.token(), inmate.toString() };
	}

	/**
	 * Half the stations of the next 14 days taken: 4 of 8 at every quarter hour, by the
	 * families' inmates in turn.
	 */
	private static int halfBooked(JdbcClient jdbc, Fixtures.BenchAgency bench) {
		List<UUID> inmates = jdbc
			.sql("select id from directory.inmate where facility_id = :facility order by inmate_number")
			.param("facility", bench.facility())
			.query(UUID.class)
			.list();
		List<UUID> accounts = jdbc.sql("""
				select c.account_id from contacts.contact c join directory.inmate i on i.id = c.inmate_id
				 where i.facility_id = :facility order by i.inmate_number""")
			.param("facility", bench.facility())
			.query(UUID.class)
			.list();
		int count = 0;
		LocalDate today = LocalDate.now(ZONE);
		for (int day = 1; day < 14; day++) {
			for (LocalTime t = LocalTime.of(8, 0); t.isBefore(LocalTime.of(20, 0)); t = t.plusMinutes(15)) {
				OffsetDateTime start = today.plusDays(day).atTime(t).atZone(ZONE).toOffsetDateTime();
				for (int station = 0; station < 4; station++) {
					int who = count % inmates.size();
					UUID id = UUID.randomUUID();
					jdbc.sql(
							"""
									insert into visits.visit (id, agency_id, facility_id, inmate_id, account_id, contact_id, legal,
									  starts_at, ends_at, length_minutes, price_minor, currency, status, idempotency_key,
									  request_hash, payment_method_id, created_at)
									values (:id, :agency, :facility, :inmate, :account, :id, false, :start, :end, 15, 295, 'USD',
									  'SCHEDULED', :key, repeat('0', 64), :id, now())""")
						.param("id", id)
						.param("agency", bench.id())
						.param("facility", bench.facility())
						.param("inmate", inmates.get(who))
						.param("account", accounts.get(who))
						.param("start", start)
						.param("end", start.plus(Duration.ofMinutes(15)))
						.param("key", id.toString())
						.update();
					count++;
				}
			}
		}
		return count;
	}

}
