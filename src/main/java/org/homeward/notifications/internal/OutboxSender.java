package org.homeward.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each mail is claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances can run this
 * at once without sending a mail twice; a batch goes over one connection to the mail server; a failed delivery is
 * retried with a growing delay, up to a day apart.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final MailTransport transport;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OutboxSender(JdbcClient jdbc, JdbcTemplate batch, MailTransport transport, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transport = transport;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${homeward.notifications.poll-interval:2s}")
	void sendDue() {
		Integer sent;
		do {
			sent = transactions.execute(status -> sendBatch());
		}
		while (sent != null && sent == BATCH);
	}

	private int sendBatch() {
		Instant now = clock.instant();
		List<Due> due = jdbc.sql("""
				select id, to_address, subject, text_body, html_body, attempts from notifications.outbox
				 where sent_at is null and next_attempt <= :now order by next_attempt limit :batch for update skip locked""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("batch", BATCH)
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getString("to_address"), rs.getString("subject"),
					rs.getString("text_body"), rs.getString("html_body"), rs.getInt("attempts")))
			.list();
		Map<Integer, Exception> failed = transport.deliver(due.stream()
			.map(mail -> new MailTransport.Outgoing(mail.to(), mail.subject(), mail.text(), mail.html())).toList());
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
			log.warn("Mail {} not delivered (attempt {}), next try in {}: {}", mail.id(), mail.attempts() + 1, delay, error);
			jdbc.sql("update notifications.outbox set attempts = attempts + 1, next_attempt = :next, last_error = :error where id = :id")
				.param("next", now.plus(delay).atOffset(ZoneOffset.UTC))
				.param("error", error.substring(0, Math.min(1000, error.length())))
				.param("id", mail.id())
				.update();
		}
		if (!sent.isEmpty()) {
			batch.batchUpdate("update notifications.outbox set sent_at = ?, attempts = attempts + 1 where id = ?", sent);
		}
		return due.size();
	}

	private record Due(UUID id, String to, String subject, String text, String html, int attempts) {
	}

}
