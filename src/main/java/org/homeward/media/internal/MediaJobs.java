package org.homeward.media.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The media store's clock: finishes gifts and tablet orders whose card had not answered
 * (after a crash or a timeout the gift stays PAYING, and asking the gateway again under
 * the same charge id takes nothing more), on one node at a time.
 */
@Component
class MediaJobs {

	private final MediaGifts gifts;

	private final TabletGifts tablets;

	MediaJobs(MediaGifts gifts, TabletGifts tablets) {
		this.gifts = gifts;
		this.tablets = tablets;
	}

	@Scheduled(fixedDelayString = "${homeward.media.reconcile-every:30s}",
			initialDelayString = "${homeward.media.reconcile-every:30s}")
	@SchedulerLock(name = "media.gifts")
	void settleGifts() {
		gifts.unsettled().forEach(gifts::reconcile);
		tablets.unsettled().forEach(tablets::reconcile);
	}

}
