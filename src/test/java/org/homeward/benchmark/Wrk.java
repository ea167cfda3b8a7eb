package org.homeward.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a closed-loop HTTP load with wrk (Debian's package), a C client light enough not
 * to be the bottleneck on a 2-core machine, and reads back its throughput and latency
 * percentiles.
 */
final class Wrk {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");

	private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private Wrk() {
	}

	static boolean available() {
		try {
			return new ProcessBuilder("wrk", "--version").redirectErrorStream(true)
				.start()
				.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	/**
	 * @param luaScript a wrk script whose {@code request()} makes each request, or
	 * {@literal null} for a plain GET of {@code url}
	 */
	static LoadHarness.Result run(String url, int connections, int seconds, String luaScript) throws Exception {
		Path script = null;
		ProcessBuilder command;
		if (luaScript == null) {
			command = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url);
		}
		else {
			script = Files.createTempFile("homeward-wrk", ".lua");
			Files.writeString(script, luaScript);
			command = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "-s",
					script.toString(), url);
		}
		Process process = command.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor(seconds + 60L, TimeUnit.SECONDS);
		if (script != null) {
			Files.deleteIfExists(script);
		}
		if (!RATE.matcher(output).find()) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		return new LoadHarness.Result(number(REQUESTS, output, 0), number(ERRORS, output, 0), seconds,
				Double.parseDouble(group(RATE, output, "0")), millis(output, "50%"), millis(output, "99%"));
	}

	private static long number(Pattern pattern, String output, long otherwise) {
		return Long.parseLong(group(pattern, output, String.valueOf(otherwise)));
	}

	private static String group(Pattern pattern, String output, String otherwise) {
		Matcher matcher = pattern.matcher(output);
		return matcher.find() ? matcher.group(1) : otherwise;
	}

	/**
	 * A wrk latency such as {@code 850.00us}, {@code 12.31ms} or {@code 1.02s}, in
	 * milliseconds.
	 */
	private static double millis(String output, String percentile) {
		Matcher matcher = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
		if (!matcher.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	/**
	 * A wrk script that posts JSON to {@code path} round-robin over the entries
	 * ({@code {"<bearer token>", '<body>'}} lines of Lua), each request with an
	 * idempotency key of its own.
	 */
	static String postRoundRobin(String path, List<String> entries) {
		return "entries = {\n" + String.join("", entries) + "}\n" + """
				threads = 0
				setup = function(thread)
				  thread:set("tid", threads)
				  threads = threads + 1
				end
				counter = 0
				request = function()
				  counter = counter + 1
				  local e = entries[((counter * 7 + tid * 13) %% #entries) + 1]
				  local headers = {}
				  headers["Authorization"] = "Bearer " .. e[1]
				  headers["Idempotency-Key"] = "bench-" .. tostring(os.time()) .. "-" .. tid .. "-" .. counter
				  headers["Content-Type"] = "application/json"
				  return wrk.format("POST", "%s", headers, e[2])
				end
				""".formatted(path);
	}

}
