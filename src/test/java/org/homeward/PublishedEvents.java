package org.homeward;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The domain events Homeward publishes, on any thread (the screening of a sent message
 * runs on its own), so that a test can wait for the one it expects. Only Homeward's own
 * events, and only the newest ten thousand.
 */
@Component
public class PublishedEvents {

	private static final int KEPT = 10_000;

	private final ConcurrentLinkedDeque<Object> events = new ConcurrentLinkedDeque<>();

	@EventListener
	void on(Object event) {
		if (event.getClass().isRecord() && event.getClass().getPackageName().startsWith("org.homeward.")) {
			events.addLast(event);
			while (events.size() > KEPT) {
				events.pollFirst();
			}
		}
	}

	/** The events of this type published so far that match. */
	public <T> List<T> of(Class<T> type, Predicate<? super T> matching) {
		return events.stream().filter(type::isInstance).map(type::cast).filter(matching).toList();
	}

	/**
	 * Waits up to ten seconds for exactly one event of this type that matches, and
	 * returns it.
	 */
	public <T> T awaitOne(Class<T> type, Predicate<? super T> matching) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !of(type, matching).isEmpty());
		List<T> found = of(type, matching);
		if (found.size() != 1) {
			throw new AssertionError(
					"expected one " + type.getSimpleName() + " but there were " + found.size() + ": " + found);
		}
		return found.get(0);
	}

}
