package org.homeward.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Times (in UTC) and amounts as pages show them: {@code ${@times.utc(message.sentAt)}} in
 * a template.
 */
@Component("times")
public class Times {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String utc(@Nullable Instant at) {
		return at == null ? "" : UTC.format(at);
	}

	/** An amount in cents as dollars and cents, e.g. {@code -450} as {@code -4.50}. */
	public String dollars(long minor) {
		return BigDecimal.valueOf(minor, 2).toPlainString();
	}

}
