package org.homeward.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.homeward.messaging.MessageSent;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Publishes again, every minute, a sent message whose screening failed or was cut off
 * more than a minute ago, so a message never stays in screening because of one bad
 * moment. Only this module's own {@link MessageSent}: other modules' events are theirs to
 * retry (restarts republish everything outstanding).
 */
@Component
class ScreeningRetry {

	static final Duration AFTER = Duration.ofMinutes(1);

	private final IncompleteEventPublications incomplete;

	private final Clock clock;

	ScreeningRetry(IncompleteEventPublications incomplete, Clock clock) {
		this.incomplete = incomplete;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "messaging.screening-retry")
	void resubmit() {
		Instant before = clock.instant().minus(AFTER);
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MessageSent
				&& publication.getPublicationDate().isBefore(before));
	}

}
