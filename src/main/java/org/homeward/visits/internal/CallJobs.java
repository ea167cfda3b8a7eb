package org.homeward.visits.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The clock of video visits: ends visits whose time is up (checked every second, so a
 * room closes at most a second late), keeps the media server's sessions of the calls
 * going on from timing out (and ends, refunded, those of a server that stopped
 * answering), collects the recordings of rooms that ended and deletes those whose
 * retention is over, reminds families of their visits.
 */
@Component
class CallJobs {

	private final VisitEndings endings;

	private final CallRooms calls;

	private final RecordingCollector recordings;

	private final VisitReminders reminders;

	CallJobs(VisitEndings endings, CallRooms calls, RecordingCollector recordings, VisitReminders reminders) {
		this.endings = endings;
		this.calls = calls;
		this.recordings = recordings;
		this.reminders = reminders;
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
		calls.lostCalls().forEach(endings::lost);
	}

	@Scheduled(fixedDelayString = "${homeward.visits.collect-every:10s}", initialDelayString = "15s")
	@SchedulerLock(name = "visits.recordings")
	void collectRecordings() {
		recordings.collectDue();
	}

	@Scheduled(cron = "${homeward.visits.purge-cron:0 17 * * * *}")
	@SchedulerLock(name = "visits.purge")
	void purgeRecordings() {
		recordings.purgeDue();
	}

	@Scheduled(fixedDelayString = "${homeward.visits.remind-every:1m}", initialDelayString = "20s")
	@SchedulerLock(name = "visits.remind")
	void remind() {
		reminders.remindDue();
	}

}
