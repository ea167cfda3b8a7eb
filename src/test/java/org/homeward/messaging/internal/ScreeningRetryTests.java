package org.homeward.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.homeward.contracts.WindDownScheduled;
import org.homeward.messaging.MessageSent;
import org.homeward.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * The minute's retry publishes again only messaging's own sent messages, and only those
 * stuck more than a minute.
 */
class ScreeningRetryTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	@Test
	void onlySentMessagesStuckMoreThanAMinute() {
		AtomicReference<Predicate<EventPublication>> asked = new AtomicReference<>();
		new ScreeningRetry(new IncompleteEventPublications() {

			@Override
			public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
				asked.set(filter);
			}

			@Override
			public void resubmitIncompletePublicationsOlderThan(Duration duration) {
				throw new AssertionError("every module's events would be published again");
			}

			@Override
			public void resubmitIncompletePublications(ResubmissionOptions options) {
				throw new AssertionError("every module's events would be published again");
			}

		}, Clock.fixed(NOW, ZoneOffset.UTC)).resubmit();

		Object sent = new MessageSent(UUID.randomUUID());
		Object windDown = new WindDownScheduled(new TenantId(UUID.randomUUID()), LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 2, 1));
		List<EventPublication> publications = List.of(publication(sent, NOW.minusSeconds(61)),
				publication(sent, NOW.minusSeconds(30)), publication(windDown, NOW.minusSeconds(3600)));
		assertThat(publications.stream().filter(asked.get())).singleElement()
			.satisfies(p -> assertThat(p.getPublicationDate()).isEqualTo(NOW.minusSeconds(61)));
	}

	private static EventPublication publication(Object event, Instant at) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return event;
			}

			@Override
			public Instant getPublicationDate() {
				return at;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public Instant getLastResubmissionDate() {
				return at;
			}

			@Override
			public int getCompletionAttempts() {
				return 1;
			}

		};
	}

}
