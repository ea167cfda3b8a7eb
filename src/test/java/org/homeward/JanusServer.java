package org.homeward;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Janus media server of the video visit tests: Debian's {@code janus}, started once
 * per test run with Homeward's own configuration (scripts/janus) on loopback, unless one
 * answers already at {@value #API}. Stopped when the test run ends.
 */
public class JanusServer implements BeforeAllCallback {

	public static final String API = "http://127.0.0.1:8188/janus";

	private static Process janus;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		start();
	}

	public static synchronized void start() throws Exception {
		if (up()) {
			return;
		}
		if (janus == null) {
			if (!new File("/usr/bin/janus").canExecute()) {
				throw new IllegalStateException(
						"Video visit tests need Janus: apt-get install janus janus-tools ffmpeg (.ci/run does)");
			}
			Path log = Path.of("target", "janus.log");
			Files.createDirectories(log.getParent());
			janus = new ProcessBuilder("scripts/janus").redirectErrorStream(true).redirectOutput(log.toFile()).start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> janus.destroy()));
		}
		Instant deadline = Instant.now().plusSeconds(20);
		while (Instant.now().isBefore(deadline)) {
			if (up()) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Janus did not start: see target/janus.log");
	}

	private static boolean up() {
		try {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(API + "/info")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
			return answer.body().contains("server_info");
		}
		catch (Exception ex) {
			return false;
		}
	}

}
