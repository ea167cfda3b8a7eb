package org.homeward.visits.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where video visits' media goes.
 *
 * @param servers the Janus servers' HTTP API addresses (e.g.
 * {@code http://127.0.0.1:8188/janus}); none: video is unavailable and the visit pages
 * say so
 * @param adminKey the VideoRoom plugin's {@code admin_key}, which creating rooms needs
 * @param recordings where Janus writes the recordings of monitored visits (a folder it
 * can write, on its machine)
 * @param joinEarly how long before the start the two sides may join
 * @param answerWithin how long to wait for Janus's answer to a request
 * @param roomsPerServer the most visits one Janus server runs at once (new visits go to
 * the least busy server that answers)
 */
@ConfigurationProperties("homeward.visits.janus")
public record CallSettings(@DefaultValue List<String> servers, @DefaultValue("") String adminKey,
		@DefaultValue("data/recordings") String recordings, @DefaultValue("5m") Duration joinEarly,
		@DefaultValue("10s") Duration answerWithin, @DefaultValue("100") int roomsPerServer) {

	public boolean available() {
		return !servers.isEmpty();
	}

}
