package org.homeward.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.homeward.SmtpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A backlog of mail leaves the outbox through several sender threads at once (and through
 * the other test contexts' senders on the same database), every mail exactly once, to the
 * real SMTP server.
 */
@SpringBootTest(properties = "homeward.notifications.senders=3")
@ExtendWith(SmtpServer.class)
@ActiveProfiles({ "demo", "test" })
class OutboxSendingIntegrationTests {

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBacklogIsSentByTheSenderThreadsEachMailOnce() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> recipients = IntStream.range(0, 400)
			.mapToObj(i -> "outbox-" + run + "-" + i + "@example.com")
			.toList();
		// a backlog of eight batches, written faster than one sender would send it
		recipients.forEach(to -> mailer.send(new Email(to, "password-changed", Locale.ENGLISH, Map.of())));

		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (unsent(recipients) > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(unsent(recipients)).as("mails of the backlog still in the outbox").isZero();

		List<String> delivered = Arrays.stream(SmtpServer.mail().getReceivedMessages())
			.map(OutboxSendingIntegrationTests::to)
			.filter(to -> to.startsWith("outbox-" + run + "-"))
			.toList();
		assertThat(delivered).containsExactlyInAnyOrderElementsOf(recipients);
		assertThat(jdbc.sql("select count(*) from notifications.outbox where to_address like :prefix and attempts <> 1")
			.param("prefix", "outbox-" + run + "-%")
			.query(Integer.class)
			.single()).as("mails sent more than once or marked so").isZero();
	}

	private int unsent(List<String> recipients) {
		return jdbc.sql("select count(*) from notifications.outbox where to_address in (:to) and sent_at is null")
			.param("to", recipients)
			.query(Integer.class)
			.single();
	}

	private static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
