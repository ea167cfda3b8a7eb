package org.homeward.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A new visit's room goes on the least busy media server that answers and has room; in
 * the configured order among equals; on none when none can take it.
 */
class CallRoomsTests {

	static final List<String> SERVERS = List.of("http://a/janus", "http://b/janus", "http://c/janus");

	@Test
	void theLeastBusyServerThatAnswersAndHasRoom() {
		Set<String> up = Set.of("http://a/janus", "http://b/janus", "http://c/janus");
		assertThat(CallRooms.choose(SERVERS, up::contains, Map.of(), 10)).contains("http://a/janus");
		assertThat(CallRooms.choose(SERVERS, up::contains, Map.of("http://a/janus", 3, "http://b/janus", 1), 10))
			.as("c has none open")
			.contains("http://c/janus");
		assertThat(CallRooms.choose(SERVERS, up::contains,
				Map.of("http://a/janus", 3, "http://b/janus", 1, "http://c/janus", 2), 10))
			.contains("http://b/janus");
	}

	@Test
	void aServerThatIsDownOrFullGetsNoNewVisit() {
		Set<String> up = Set.of("http://b/janus", "http://c/janus");
		assertThat(CallRooms.choose(SERVERS, up::contains, Map.of("http://b/janus", 10, "http://c/janus", 9), 10))
			.as("a is down, b is full")
			.contains("http://c/janus");
		assertThat(CallRooms.choose(SERVERS, up::contains, Map.of("http://b/janus", 10, "http://c/janus", 10), 10))
			.isEmpty();
		assertThat(CallRooms.choose(SERVERS, server -> false, Map.of(), 10)).isEmpty();
	}

}
