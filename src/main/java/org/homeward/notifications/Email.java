package org.homeward.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail to send: the template {@code mail/<template>.html} and {@code .txt}, its
 * subject from the message {@code mail.<template>.subject}, rendered in {@code locale}
 * with {@code model}; with an iCalendar invitation ({@code calendar}, the text of an
 * {@code .ics} file) attached where it has one.
 */
public record Email(String to, String template, Locale locale, Map<String, Object> model, @Nullable String calendar) {

	public Email(String to, String template, Locale locale, Map<String, Object> model) {
		this(to, template, locale, model, null);
	}

	public Email {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(template, "template");
		model = Map.copyOf(model);
	}

}
