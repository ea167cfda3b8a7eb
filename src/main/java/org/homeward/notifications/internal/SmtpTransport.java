package org.homeward.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Delivers through the SMTP server of {@code spring.mail.*}, as text and HTML
 * alternatives, a batch of mails over one connection.
 */
@Component
@ConditionalOnProperty(name = "homeward.notifications.local-mailbox", havingValue = "false", matchIfMissing = true)
class SmtpTransport implements MailTransport {

	static {
		// Jakarta Mail looks its stream provider up with a ServiceLoader scan of the
		// class path for every body part it
		// makes (jakartaee/mail-api#699, #861); naming the provider skips the scan. A
		// setting of the JVM's wins.
		if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
			System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

	private final JavaMailSender sender;

	private final NotificationsSettings settings;

	SmtpTransport(JavaMailSender sender, NotificationsSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public Map<Integer, Exception> deliver(List<Outgoing> mails) {
		Map<Integer, Exception> failed = new HashMap<>();
		Map<MimeMessage, Integer> positions = new IdentityHashMap<>();
		for (int i = 0; i < mails.size(); i++) {
			try {
				positions.put(message(mails.get(i)), i);
			}
			catch (Exception ex) {
				failed.put(i, ex);
			}
		}
		if (positions.isEmpty()) {
			return failed;
		}
		try {
			sender.send(positions.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			if (ex.getFailedMessages().isEmpty()) {
				positions.values().forEach(i -> failed.put(i, ex));
			}
			ex.getFailedMessages().forEach((message, why) -> failed.put(positions.get(message), why));
		}
		catch (MailException ex) {
			positions.values().forEach(i -> failed.put(i, ex));
		}
		return failed;
	}

	private MimeMessage message(Outgoing mail) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		if (mail.calendar() != null) {
			helper.addAttachment("visit.ics", new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8),
					"text/calendar; charset=UTF-8; method=REQUEST"));
		}
		return message;
	}

}
