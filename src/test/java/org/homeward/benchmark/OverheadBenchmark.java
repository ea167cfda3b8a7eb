package org.homeward.benchmark;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import org.springframework.context.ConfigurableApplicationContext;

import com.sun.net.httpserver.HttpServer;

/**
 * What every request pays before any business logic runs: a bare JDK HTTP server
 * answering a 3 KB body, beside Homeward serving its stylesheet, its health check and the
 * public inmate lookup, each under the same closed-loop load (wrk, 32 connections), in
 * one run, printed side by side. Run it with {@code scripts/benchmark overhead} (see
 * docs/benchmarks.md); {@code -Dprofile=target/profiles} adds a CPU profile of each of
 * Homeward's loads. Target: each within a third of the bare server.
 */
public final class OverheadBenchmark {

	static final int CLIENTS = Integer.getInteger("clients", 32);

	static final int SECONDS = Integer.getInteger("seconds", 15);

	static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 20);

	public static void main(String[] args) throws Exception {
		if (!Wrk.available()) {
			throw new IllegalStateException("the benchmark drives its load with wrk: apt-get install wrk");
		}
		Map<String, LoadHarness.Result> results = new LinkedHashMap<>();
		results.put("bare JDK HTTP server, 3 KB body", bare());
		String database = Benchmarks.freshDatabase("homeward_bench_overhead");
		try (ConfigurableApplicationContext app = Benchmarks.start(database, "demo")) {
			String base = Benchmarks.baseUrl(app);
			String stylesheet = stylesheetOf(base);
			Map<String, String> urls = new LinkedHashMap<>();
			urls.put("Homeward's stylesheet (" + stylesheet + ")", base + stylesheet);
			String management = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port");
			urls.put("/actuator/health (management port)", management + "/actuator/health");
			urls.put("public inmate lookup", base + "/api/v1/inmates?state=FL&number=A100001");
			for (Map.Entry<String, String> url : urls.entrySet()) {
				Wrk.run(url.getValue(), CLIENTS, WARM_UP_SECONDS, null);
				Profile profile = Profile.start("overhead " + url.getKey());
				results.put(url.getKey(), Wrk.run(url.getValue(), CLIENTS, SECONDS, null));
				profile.stop();
			}
		}
		double bare = results.values().iterator().next().perSecond();
		System.out.println();
		System.out.println("== Per-request overhead (" + Benchmarks.machine() + ", " + CLIENTS + " connections, "
				+ SECONDS + " s each) ==");
		results
			.forEach((what, result) -> System.out.printf("%-55s %,9.0f requests/s  %5.0f%% of bare   p99 %.2f ms%s%n",
					what, result.perSecond(), 100 * result.perSecond() / bare, result.p99Ms(),
					result.errors() > 0 ? "  (" + result.errors() + " errors)" : ""));
		System.out.println("target: each of Homeward's at least 33% of the bare server");
	}

	/**
	 * The machine's ceiling for a 3 KB answer: the JDK's own HTTP server, nothing else.
	 */
	private static LoadHarness.Result bare() throws Exception {
		byte[] body = new byte[3 * 1024];
		Arrays.fill(body, (byte) 'a');
		// without it the JDK's server waits for delayed acknowledgements (40 ms a
		// request)
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		server.createContext("/", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "text/css");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(CLIENTS));
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/homeward.css";
			Wrk.run(url, CLIENTS, WARM_UP_SECONDS, null);
			return Wrk.run(url, CLIENTS, SECONDS, null);
		}
		finally {
			server.stop(0);
		}
	}

	/** The stylesheet's versioned path, as the landing page links it. */
	private static String stylesheetOf(String base) throws Exception {
		String landing = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		int at = landing.indexOf("/css/homeward");
		return landing.substring(at, landing.indexOf('"', at));
	}

}
