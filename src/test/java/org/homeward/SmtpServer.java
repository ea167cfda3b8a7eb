package org.homeward;

import java.util.Objects;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1:{@link #PORT} for the whole test run,
 * started before the first test class that uses it, so that every application the tests
 * start can send its mail there.
 */
public class SmtpServer implements BeforeAllCallback {

	public static final int PORT = Integer
		.parseInt(Objects.requireNonNullElse(System.getenv("HOMEWARD_TEST_SMTP_PORT"), "3025"));

	private static GreenMail mail;

	@Override
	public void beforeAll(ExtensionContext context) {
		mail();
	}

	public static synchronized GreenMail mail() {
		if (mail == null) {
			mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			mail.start();
			Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		}
		return mail;
	}

}
