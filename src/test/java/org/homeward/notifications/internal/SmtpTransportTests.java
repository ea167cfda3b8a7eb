package org.homeward.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * Batches of mail through a real SMTP server (GreenMail): one connection, and per-mail
 * failures reported by position.
 */
class SmtpTransportTests {

	private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@AfterEach
	void stop() {
		server.stop();
	}

	private SmtpTransport transport(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		return new SmtpTransport(sender, new NotificationsSettings("Homeward <no-reply@homeward.test>",
				"http://localhost:8080", false, Duration.ofSeconds(2), 1));
	}

	private static MailTransport.Outgoing mail(String to, String subject) {
		return new MailTransport.Outgoing(to, subject, "text of " + subject, "<p>html of " + subject + "</p>");
	}

	@Test
	void aBatchIsDeliveredAndAMailThatCannotBeSentIsReportedByItsPosition() throws Exception {
		server.start();

		Map<Integer, Exception> failed = transport(server.getSmtp().getPort()).deliver(List
			.of(mail("ana@example.com", "first"), mail("not an address", "second"), mail("ben@example.com", "third")));

		assertThat(failed).containsOnlyKeys(1);
		MimeMessage[] received = server.getReceivedMessages();
		assertThat(received).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder("first", "third");
		assertThat(received[0].getFrom()[0].toString()).contains("no-reply@homeward.test");
	}

	@Test
	void everyMailIsReportedWhenTheServerCannotBeReached() {
		server.start();
		int port = server.getSmtp().getPort();
		server.stop();

		Map<Integer, Exception> failed = transport(port)
			.deliver(List.of(mail("ana@example.com", "first"), mail("ben@example.com", "second")));

		assertThat(failed).containsOnlyKeys(0, 1);
	}

}
