package org.homeward.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.MimeMessage;

/** Delivers through the SMTP server of {@code spring.mail.*}, as text and HTML alternatives. */
@Component
@ConditionalOnProperty(name = "homeward.notifications.local-mailbox", havingValue = "false", matchIfMissing = true)
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	private final NotificationsSettings settings;

	SmtpTransport(JavaMailSender sender, NotificationsSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public void deliver(String to, String subject, String text, String html) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(text, html);
		sender.send(message);
	}

}
