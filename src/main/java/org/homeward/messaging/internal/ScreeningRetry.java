package org.homeward.messaging.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes again, every minute, any message event whose listener failed or was cut off more than a minute ago, so a
 * message never stays in screening because of one bad moment (restarts republish the rest).
 */
@Component
class ScreeningRetry {

	private final IncompleteEventPublications incomplete;

	ScreeningRetry(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "messaging.screening-retry")
	void resubmit() {
		incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
	}

}
