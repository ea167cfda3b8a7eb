package org.homeward.screening.web;

import java.time.Duration;
import java.util.Map;

import org.homeward.screening.internal.ReviewQueue;
import org.homeward.shared.Caller;
import org.homeward.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * How long the oldest held message of each facility has waited, for the staff home page
 * of those who review: {@code ${@queueAges.current()}} in the template.
 */
@Component("queueAges")
public class QueueAges {

	private final ReviewQueue queue;

	QueueAges(ReviewQueue queue) {
		this.queue = queue;
	}

	public Map<String, Duration> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)
				|| !(caller.hasRole(Role.MAILROOM_REVIEWER) || caller.hasRole(Role.AGENCY_ADMIN))) {
			return Map.of();
		}
		return queue.queueAges(caller);
	}

}
