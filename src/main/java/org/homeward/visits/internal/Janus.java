package org.homeward.visits.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Janus server's HTTP API, as Homeward (its only client) uses it: sessions, handles
 * on the VideoRoom plugin, and plugin requests. A request Janus answers later (a join, a
 * start) is awaited by long-polling the session for the event of its transaction: each
 * call has a session of its own, so no other reader takes its events.
 */
final class Janus {

	/** Janus refused or did not answer; {@code error} is its reason. */
	static final class JanusException extends RuntimeException {

		JanusException(String error) {
			super(error);
		}

	}

	/**
	 * A plugin's answer: its data and, for offers and answers, the session description.
	 */
	record Reply(JsonNode data, @Nullable String sdp, @Nullable String sdpType) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final HttpClient http;

	private final Duration wait;

	Janus(String base, Duration wait) {
		this.base = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
		this.wait = wait;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
	}

	String url() {
		return base.toString();
	}

	/** Whether the server answers at all. */
	boolean up() {
		try {
			return get(base + "/info", Duration.ofSeconds(3)).path("janus").asString("").equals("server_info");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	long createSession() {
		return post(base.toString(), Map.of("janus", "create")).path("data").path("id").asLong();
	}

	/** A handle on the VideoRoom plugin in the session. */
	long attach(long session) {
		return post(base + "/" + session, Map.of("janus", "attach", "plugin", "janus.plugin.videoroom")).path("data")
			.path("id")
			.asLong();
	}

	void keepalive(long session) {
		post(base + "/" + session, Map.of("janus", "keepalive"));
	}

	void destroySession(long session) {
		try {
			post(base + "/" + session, Map.of("janus", "destroy"));
		}
		catch (JanusException ex) {
			// gone already
		}
	}

	/**
	 * A plugin request answered at once (create, destroy, kick, listparticipants).
	 * @throws JanusException with the plugin's error
	 */
	JsonNode request(long session, long handle, Map<String, Object> body) {
		JsonNode answer = post(base + "/" + session + "/" + handle, Map.of("janus", "message", "body", body));
		JsonNode data = answer.path("plugindata").path("data");
		if (data.has("error")) {
			throw new JanusException(data.path("error").asString());
		}
		return data;
	}

	/**
	 * A plugin request Janus answers with an event (join, joinandconfigure, start), with
	 * a session description where there is one; waits for the event.
	 * @throws JanusException with the plugin's error, or when no event came in time
	 */
	Reply await(long session, long handle, Map<String, Object> body, @Nullable String sdp, @Nullable String type) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("janus", "message");
		message.put("body", body);
		if (sdp != null) {
			message.put("jsep", Map.of("type", type, "sdp", sdp));
		}
		String transaction = UUID.randomUUID().toString();
		JsonNode ack = post(base + "/" + session + "/" + handle, message, transaction);
		if (!ack.path("janus").asString("").equals("ack")) {
			JsonNode data = ack.path("plugindata").path("data");
			if (data.has("error")) {
				throw new JanusException(data.path("error").asString());
			}
		}
		Instant deadline = Instant.now().plus(wait);
		while (Instant.now().isBefore(deadline)) {
			JsonNode event = get(base + "/" + session + "?maxev=1&rid=" + System.nanoTime(), wait);
			if (!transaction.equals(event.path("transaction").asString(""))
					|| !event.path("janus").asString("").equals("event")) {
				continue;
			}
			JsonNode data = event.path("plugindata").path("data");
			if (data.has("error")) {
				throw new JanusException(data.path("error").asString());
			}
			JsonNode jsep = event.path("jsep");
			return new Reply(data, jsep.isMissingNode() ? null : jsep.path("sdp").asString(),
					jsep.isMissingNode() ? null : jsep.path("type").asString());
		}
		throw new JanusException("no answer from the media server in " + wait.toSeconds() + " s");
	}

	private JsonNode post(String url, Map<String, Object> body) {
		return post(url, body, UUID.randomUUID().toString());
	}

	private JsonNode post(String url, Map<String, Object> body, String transaction) {
		Map<String, Object> message = new LinkedHashMap<>(body);
		message.put("transaction", transaction);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
			.build();
		JsonNode answer = send(request);
		if (answer.path("janus").asString("").equals("error")) {
			throw new JanusException(answer.path("error").path("reason").asString("error"));
		}
		return answer;
	}

	private JsonNode get(String url, Duration timeout) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout.plusSeconds(5)).GET().build());
	}

	private JsonNode send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new JanusException("the media server did not answer: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new JanusException("interrupted");
		}
	}

}
