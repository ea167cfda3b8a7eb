package org.homeward.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load: {@code clients} threads, each sending its next request as soon
 * as the last one is answered, for a fixed time. Records every latency and prints median,
 * p99 and throughput. Bounded in time and aimed only at the local server the benchmark
 * started.
 */
final class LoadHarness {

	record Result(long requests, long errors, double seconds, double perSecond, double medianMs, double p99Ms) {

		@Override
		public String toString() {
			return "%,d requests (%d errors) in %.1f s: %,.0f per second, median %.2f ms, p99 %.2f ms"
				.formatted(requests, errors, seconds, perSecond, medianMs, p99Ms);
		}

	}

	/**
	 * A request: a path (with query) for GET, or a path and a JSON body for POST; with a
	 * session token when {@code token} is not null.
	 */
	record Request(String path, String jsonBody, String token) {

		Request(String path, String jsonBody) {
			this(path, jsonBody, null);
		}

		static Request get(String path) {
			return new Request(path, null);
		}

	}

	private LoadHarness() {
	}

	/**
	 * Closed loop: every client sends its next request as soon as the last is answered.
	 */
	static Result run(String baseUrl, int clients, double seconds, IntFunction<Request> requests)
			throws InterruptedException {
		return run(baseUrl, clients, seconds, 0, requests);
	}

	/**
	 * Paced: every client sends one request every {@code intervalMillis}; a latency
	 * counts from when the request was due, not from when it was sent, so that a slow
	 * answer delaying the next request is not hidden (coordinated omission). With
	 * {@code intervalMillis} 0 it is a closed loop.
	 */
	static Result run(String baseUrl, int clients, double seconds, long intervalMillis, IntFunction<Request> requests)
			throws InterruptedException {
		long interval = intervalMillis * 1_000_000;
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		List<long[]> latencies = new ArrayList<>();
		int[] counts = new int[clients];
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients);
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			long[] mine = new long[4_000_000 / clients];
			latencies.add(mine);
			int client = c;
			Thread thread = new Thread(() -> {
				int n = 0;
				try {
					long due = System.nanoTime() + (interval == 0 ? 0 : (interval * client) / clients);
					while (System.nanoTime() < deadline && n < mine.length) {
						Request request = requests.apply(client * 1_000_003 + n);
						long t0 = interval == 0 ? System.nanoTime() : due;
						waitUntil(due);
						due += interval;
						if (!send(baseUrl, request)) {
							errors.incrementAndGet();
						}
						mine[n++] = System.nanoTime() - t0;
					}
				}
				finally {
					counts[client] = n;
					done.countDown();
				}
			}, "load-" + c);
			thread.setDaemon(true);
			thread.start();
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		return new Result(total, errors.get(), elapsed, total / elapsed, percentile(all, 0.50), percentile(all, 0.99));
	}

	private static void waitUntil(long nanoTime) {
		long wait;
		while ((wait = nanoTime - System.nanoTime()) > 0) {
			LockSupport.parkNanos(wait);
		}
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0
				: sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	/**
	 * Sends one request over a kept-alive connection (HttpURLConnection pools them per
	 * thread).
	 */
	private static boolean send(String baseUrl, Request request) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + request.path())
				.toURL()
				.openConnection();
			if (request.token() != null) {
				connection.setRequestProperty("Authorization", "Bearer " + request.token());
			}
			if (request.jsonBody() != null) {
				connection.setRequestMethod("POST");
				connection.setDoOutput(true);
				connection.setRequestProperty("Content-Type", "application/json");
				try (OutputStream out = connection.getOutputStream()) {
					out.write(request.jsonBody().getBytes());
				}
			}
			int status = connection.getResponseCode();
			try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
				if (in != null) {
					in.readAllBytes();
				}
			}
			return status < 400;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
