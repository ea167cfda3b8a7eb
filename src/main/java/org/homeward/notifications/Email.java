package org.homeward.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An e-mail to send: the template {@code mail/<template>.html} and {@code .txt}, its
 * subject from the message {@code mail.<template>.subject}, rendered in {@code locale}
 * with {@code model}.
 */
public record Email(String to, String template, Locale locale, Map<String, Object> model) {

	public Email {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(template, "template");
		model = Map.copyOf(model);
	}

}
