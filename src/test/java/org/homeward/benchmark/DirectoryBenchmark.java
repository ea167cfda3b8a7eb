package org.homeward.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.homeward.directory.RosterImportReport;
import org.homeward.directory.RosterImports;
import org.homeward.directory.RosterMode;
import org.homeward.shared.TenantId;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory at the size of the US prison population: imports a 2,000,000-row roster
 * into PostgreSQL, then measures the public inmate lookup over HTTP with 32 concurrent
 * clients. Run it with {@code scripts/benchmark directory} (see docs/benchmarks.md).
 * Targets: import under 2 minutes; lookup p99 under 10 ms.
 */
public final class DirectoryBenchmark {

	static final int ROWS = Integer.getInteger("rows", 2_000_000);

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final double SECONDS = Double.parseDouble(System.getProperty("seconds", "30"));

	/**
	 * Each paced client's interval: 32 clients at 100 ms offer 320 lookups a second,
	 * paced from this JVM.
	 */
	static final long PACE_MILLIS = Long.getLong("paceMillis", 100);

	public static void main(String[] args) throws Exception {
		String database = Benchmarks.freshDatabase("homeward_bench_directory");
		Path roster = Path.of("target", "benchmark", "roster-" + ROWS + ".csv");
		writeRoster(roster);
		try (ConfigurableApplicationContext app = Benchmarks.start(database)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			TenantId agency = createAgency(jdbc);
			RosterImports imports = app.getBean(RosterImports.class);
			long t0 = System.nanoTime();
			RosterImportReport report;
			try (InputStream in = Files.newInputStream(roster)) {
				report = imports.importRoster(agency, roster.getFileName().toString(), in, RosterMode.FULL);
			}
			double importSeconds = (System.nanoTime() - t0) / 1e9;
			Benchmarks.analyze(jdbc);
			String base = Benchmarks.baseUrl(app);
			if (!Wrk.available()) {
				throw new IllegalStateException("the benchmark drives its load with wrk: apt-get install wrk");
			}
			Wrk.run(base, CLIENTS, 10, LOOKUP_SCRIPT);
			LoadHarness.Result ceiling = Wrk.run(base + "/css/homeward.css", CLIENTS, 10, null);
			LoadHarness.Result saturated = Wrk.run(base, CLIENTS, (int) SECONDS, LOOKUP_SCRIPT);
			LoadHarness.Result paced = LoadHarness.run(base, CLIENTS, SECONDS, PACE_MILLIS, DirectoryBenchmark::lookup);

			System.out.println();
			System.out.println("== Directory benchmark (" + Benchmarks.machine() + ") ==");
			System.out.printf(
					"roster import: %,d rows (%,d inserted, %d rejected) in %.1f s (%,.0f rows/s); target < 120 s%n",
					report.rowsRead(), report.inserted(), report.rejected(), importSeconds,
					report.rowsRead() / importSeconds);
			System.out.println("HTTP ceiling of this machine (static file, " + CLIENTS + " clients): " + ceiling);
			System.out.println("public inmate lookup, " + CLIENTS + " clients, closed loop (saturated): " + saturated);
			System.out.printf("  = %.0f%% of the static-file ceiling%n",
					100 * saturated.perSecond() / ceiling.perSecond());
			System.out.println("public inmate lookup, " + CLIENTS + " clients, one request each every " + PACE_MILLIS
					+ " ms: " + paced);
			System.out.printf("target p99 < 10 ms at 32 clients: saturated %s, paced %s%n",
					saturated.p99Ms() < 10 ? "met" : "NOT met", paced.p99Ms() < 10 ? "met" : "NOT met");
		}
	}

	/** wrk's requests: inmate numbers spread over the whole roster. */
	static final String LOOKUP_SCRIPT = """
			counter = 0
			request = function()
			  counter = counter + 1
			  local n = 1000000 + ((counter * 7919) %% %d) + 1
			  return wrk.format("GET", "/api/v1/inmates?state=ZZ&number=B" .. n)
			end
			""".formatted(ROWS);

	static LoadHarness.Request lookup(int n) {
		int row = Math.floorMod(n * 7919, ROWS) + 1;
		return LoadHarness.Request.get("/api/v1/inmates?state=ZZ&number=B" + (1_000_000 + row));
	}

	private static TenantId createAgency(JdbcClient jdbc) {
		UUID agency = UUID.randomUUID();
		jdbc.sql(
				"insert into directory.agency (id, code, name, state, kind, created_at) values (:id, 'BENCH', 'Benchmark DOC', 'ZZ', 'STATE', :now)")
			.param("id", agency)
			.param("now", OffsetDateTime.now())
			.update();
		for (int f = 1; f <= 40; f++) {
			jdbc.sql("insert into directory.facility (id, agency_id, code, name) values (:id, :agency, :code, :name)")
				.param("id", UUID.randomUUID())
				.param("agency", agency)
				.param("code", "F" + f)
				.param("name", "Facility " + f)
				.update();
		}
		return new TenantId(agency);
	}

	private static void writeRoster(Path file) throws Exception {
		if (Files.exists(file)) {
			return;
		}
		Files.createDirectories(file.getParent());
		String[] last = { "Smith", "Johnson", "Williams", "García", "Brown", "Jones", "Peña", "Miller", "Davis",
				"Rodríguez" };
		String[] first = { "James", "María", "Robert", "José", "Michael", "Keisha", "David", "Zoë", "William", "Ana" };
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("inmate_number,last_name,first_name,date_of_birth,facility_code,housing_unit\n");
			for (int i = 1; i <= ROWS; i++) {
				out.write("B" + (1_000_000 + i) + "," + last[i % 10] + (i % 997) + "," + first[(i / 10) % 10] + ","
						+ (1950 + i % 50) + "-" + String.format("%02d", 1 + i % 12) + "-"
						+ String.format("%02d", 1 + i % 28) + ",F" + (1 + i % 40) + ",U" + (i % 25) + "\n");
			}
		}
	}

}
