package org.homeward.visits.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Calls as the tests of this package need them, without a media server. */
final class CallFixtures {

	private CallFixtures() {
	}

	/**
	 * An open room for the visit on a media server of its own that does not answer
	 * (nothing listens on port 9), so that no other test's outage touches it.
	 */
	static void roomOnADeadServer(JdbcClient jdbc, UUID visit) {
		jdbc.sql("""
				insert into visits.call_room (visit_id, server_url, room, secret, session_id, handle_id, recorded,
				  rec_dir, created_at)
				values (:id, :server, 1, 'secret', 1, 1, false, null, now())""")
			.param("id", visit)
			.param("server", "http://127.0.0.1:9/janus/" + visit)
			.update();
	}

}
