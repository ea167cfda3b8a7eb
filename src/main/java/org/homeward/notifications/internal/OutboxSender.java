package org.homeward.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each poll starts the idle ones of
 * {@code homeward.notifications.senders} threads of its own; each sends batches until the
 * outbox has no more due. A batch is claimed with {@code FOR UPDATE SKIP LOCKED}, so the
 * threads (and other instances of Homeward) send at once without sending a mail twice; a
 * batch goes over one connection to the mail server; a failed delivery is retried with a
 * growing delay, up to a day apart. The poll itself returns at once: a backlog of mail
 * never holds up the other scheduled work.
 */
@Component
class OutboxSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final MailTransport transport;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService senders;

	/** One permit per sender thread that is not sending. */
	private final Semaphore idle;

	OutboxSender(JdbcClient jdbc, JdbcTemplate batch, MailTransport transport, TransactionTemplate transactions,
			Clock clock, NotificationsSettings settings) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transport = transport;
		this.transactions = transactions;
		this.clock = clock;
		this.senders = Executors.newFixedThreadPool(settings.senders(),
				new CustomizableThreadFactory("outbox-sender-"));
		this.idle = new Semaphore(settings.senders());
	}

	@Scheduled(fixedDelayString = "${homeward.notifications.poll-interval:2s}")
	void sendDue() {
		while (idle.tryAcquire()) {
			try {
				senders.execute(this::sendUntilNoneDue);
			}
			catch (RejectedExecutionException shuttingDown) {
				idle.release();
				return;
			}
		}
	}

	private void sendUntilNoneDue() {
		try {
			Integer sent;
			do {
				sent = transactions.execute(status -> sendBatch());
			}
			while (sent != null && sent == BATCH && !senders.isShutdown());
		}
		catch (RuntimeException ex) {
			// the mail stays in the outbox for the next poll
			log.warn("Sending the outbox failed: {}", ex.toString());
		}
		finally {
			idle.release();
		}
	}

	/**
	 * Lets the batches being sent finish (their mail is marked sent), for at most 30 s.
	 */
	@Override
	public void destroy() throws InterruptedException {
		senders.shutdown();
		if (!senders.awaitTermination(30, TimeUnit.SECONDS)) {
			senders.shutdownNow();
		}
	}

	private int sendBatch() {
		Instant now = clock.instant();
		List<Due> due = jdbc
			.sql("""
					select id, to_address, subject, text_body, html_body, calendar, attempts from notifications.outbox
					 where sent_at is null and next_attempt <= :now order by next_attempt limit :batch for update skip locked""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("batch", BATCH)
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("to_address"),
					rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
					rs.getString("calendar"), rs.getInt("attempts")))
			.list();
		Map<Integer, Exception> failed = transport.deliver(due.stream()
			.map(mail -> new MailTransport.Outgoing(mail.to(), mail.subject(), mail.text(), mail.html(),
					mail.calendar()))
			.toList());
		List<Object[]> sent = new ArrayList<>();
		for (int i = 0; i < due.size(); i++) {
			Due mail = due.get(i);
			Exception ex = failed.get(i);
			if (ex == null) {
				sent.add(new Object[] { now.atOffset(ZoneOffset.UTC), mail.id() });
				continue;
			}
			Duration delay = Duration.ofSeconds(Math.min(86_400, 5L << Math.min(mail.attempts(), 14)));
			String error = String.valueOf(ex.getMessage());
			log.warn("Mail {} not delivered (attempt {}), next try in {}: {}", mail.id(), mail.attempts() + 1, delay,
					error);
			jdbc.sql(
					"update notifications.outbox set attempts = attempts + 1, next_attempt = :next, last_error = :error where id = :id")
				.param("next", now.plus(delay).atOffset(ZoneOffset.UTC))
				.param("error", error.substring(0, Math.min(1000, error.length())))
				.param("id", mail.id())
				.update();
		}
		if (!sent.isEmpty()) {
			batch.batchUpdate("update notifications.outbox set sent_at = ?, attempts = attempts + 1 where id = ?",
					sent);
		}
		return due.size();
	}

	private record Due(UUID id, String to, String subject, String text, String html, @Nullable String calendar,
			int attempts) {
	}

}
