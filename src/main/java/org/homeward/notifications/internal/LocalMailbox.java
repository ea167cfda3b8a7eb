package org.homeward.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.Ids;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo run's mail server: mail is kept in the database and shown on the mailbox page,
 * so that a newcomer can follow a reset link without any mail set-up. Never in
 * production.
 */
@Component
@ConditionalOnProperty(name = "homeward.notifications.local-mailbox", havingValue = "true")
public class LocalMailbox implements MailTransport {

	/** A delivered mail. */
	public record Mail(UUID id, String to, String subject, String text, String html, Instant deliveredAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalMailbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Map<Integer, Exception> deliver(List<Outgoing> mails) {
		for (Outgoing mail : mails) {
			jdbc.sql(
					"""
							insert into notifications.local_mailbox (id, to_address, subject, text_body, html_body, delivered_at)
							values (:id, :to, :subject, :text, :html, :now)""")
				.param("id", Ids.next())
				.param("to", mail.to())
				.param("subject", mail.subject())
				.param("text", mail.text())
				.param("html", mail.html())
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		return Map.of();
	}

	public List<Mail> newestFirst(int limit) {
		return jdbc.sql("select * from notifications.local_mailbox order by delivered_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> mail(rs))
			.list();
	}

	public Optional<Mail> byId(UUID id) {
		return jdbc.sql("select * from notifications.local_mailbox where id = :id")
			.param("id", id)
			.query((rs, n) -> mail(rs))
			.optional();
	}

	private static Mail mail(ResultSet rs) throws SQLException {
		return new Mail(rs.getObject("id", UUID.class), rs.getString("to_address"), rs.getString("subject"),
				rs.getString("text_body"), rs.getString("html_body"),
				rs.getObject("delivered_at", OffsetDateTime.class).toInstant());
	}

}
