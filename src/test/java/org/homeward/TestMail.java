package org.homeward;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Reads what the application sent to the test SMTP server. */
public final class TestMail {

	private TestMail() {
	}

	/**
	 * Waits up to 10 s for a mail to {@code to} whose subject contains {@code subject};
	 * returns its whole text.
	 */
	public static String await(String to, String subject) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : SmtpServer.mail().getReceivedMessages()) {
				boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equalsIgnoreCase(to));
				if (addressed && message.getSubject().contains(subject)) {
					return GreenMailUtil.getBody(message);
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + to + " about '" + subject + "' among "
				+ SmtpServer.mail().getReceivedMessages().length + " received by " + SmtpServer.mail());
	}

	/**
	 * How many mails to {@code to} whose subject contains {@code subject} arrived so far.
	 */
	public static long count(String to, String subject) throws Exception {
		long count = 0;
		for (MimeMessage message : SmtpServer.mail().getReceivedMessages()) {
			boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equalsIgnoreCase(to));
			if (addressed && message.getSubject().contains(subject)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The first path in the mail that starts with {@code prefix}, e.g.
	 * {@code /password-reset/}.
	 */
	public static String path(String mailText, String prefix) {
		Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_-]+")
			.matcher(mailText.replace("=\r\n", ""));
		if (!matcher.find()) {
			throw new AssertionError("no link " + prefix + " in " + mailText);
		}
		return matcher.group();
	}

}
