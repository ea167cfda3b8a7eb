package org.homeward.notifications.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.homeward.notifications.Email;
import org.homeward.notifications.Mailer;
import org.homeward.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxMailer implements Mailer {

	private final MailRenderer renderer;

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxMailer(MailRenderer renderer, JdbcClient jdbc, Clock clock) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(Email email) {
		MailRenderer.Rendered mail = renderer.render(email);
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql(
				"""
						insert into notifications.outbox (id, to_address, subject, text_body, html_body, calendar, created_at, next_attempt, attempts)
						values (:id, :to, :subject, :text, :html, :calendar, :now, :now, 0)""")
			.param("id", Ids.next())
			.param("to", email.to())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.param("calendar", email.calendar())
			.param("now", now)
			.update();
	}

}
