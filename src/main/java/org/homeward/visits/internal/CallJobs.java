package org.homeward.visits.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The clock of video visits: ends visits whose time is up (checked every second, so a
 * room closes at most a second late), and keeps the media server's sessions of the calls
 * going on from timing out.
 */
@Component
class CallJobs {

	private final VisitEndings endings;

	private final VisitCalls calls;

	CallJobs(VisitEndings endings, VisitCalls calls) {
		this.endings = endings;
		this.calls = calls;
	}

	@Scheduled(fixedDelayString = "${homeward.visits.end-every:1s}", initialDelayString = "10s")
	@SchedulerLock(name = "visits.end")
	void endDue() {
		endings.endDue();
	}

	@Scheduled(fixedDelayString = "${homeward.visits.keepalive-every:20s}", initialDelayString = "20s")
	@SchedulerLock(name = "visits.keepalive")
	void keepAlive() {
		calls.keepAlive();
	}

}
