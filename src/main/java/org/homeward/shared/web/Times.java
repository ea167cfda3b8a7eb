package org.homeward.shared.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.homeward.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Times and amounts as pages show them, in the visitor's language:
 * {@code ${@times.at(message.sentAt)}} writes Dec 1 2026 at 2:14 PM ET (in Spanish, 1 dic
 * 2026 14:14 ET), {@code ${@times.money(quote.total)}} writes $24.95. Times are in the
 * visitor's own zone, which the layout's script keeps in the {@value #ZONE_COOKIE}
 * cookie, else in {@code homeward.web.time-zone}.
 */
@Component("times")
public class Times {

	/** The cookie the layout's script writes with the browser's IANA time zone. */
	public static final String ZONE_COOKIE = "homeward-tz";

	private final ZoneId defaultZone;

	Times(@Value("${homeward.web.time-zone:America/New_York}") ZoneId defaultZone) {
		this.defaultZone = defaultZone;
	}

	/**
	 * A language, given by its BCP 47 tag ({@code es}, {@code en-US}), named in the
	 * visitor's language: Spanish, español.
	 */
	public String language(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return "";
		}
		String name = Locale.forLanguageTag(tag).getDisplayLanguage(LocaleContextHolder.getLocale());
		return name.isEmpty() ? tag : name;
	}

	/** A length of time as a player shows it: 3:05, or 1:02:03 past an hour. */
	public String duration(@Nullable Integer seconds) {
		if (seconds == null || seconds < 0) {
			return "";
		}
		int hours = seconds / 3600;
		int minutes = seconds % 3600 / 60;
		return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, seconds % 60)
				: "%d:%02d".formatted(minutes, seconds % 60);
	}

	/** A moment, as a date and time in the visitor's zone, the zone named. */
	public String at(@Nullable Instant at) {
		return at == null ? "" : at(at, zone());
	}

	/**
	 * A moment in a place's own zone (a facility's, for a visit's start), the zone named:
	 * what matters is the time on the wall where it happens.
	 */
	public String at(@Nullable Instant at, ZoneId zone) {
		if (at == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(at) + " " + zone.getDisplayName(TextStyle.SHORT, locale).replace("GMT", "UTC");
	}

	/** The time of day of a moment in a zone, e.g. 2:15 PM; for lists under a day. */
	public String time(Instant at, ZoneId zone) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(zone)
			.format(at);
	}

	/** The short name of a zone at a moment, e.g. EST. */
	public String zoneName(ZoneId zone) {
		return zone.getDisplayName(TextStyle.SHORT, LocaleContextHolder.getLocale()).replace("GMT", "UTC");
	}

	/** A day written in full with its weekday, in the visitor's language. */
	public String day(@Nullable LocalDate day) {
		return day == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
					.withLocale(LocaleContextHolder.getLocale())
					.format(day);
	}

	/** A day, as Feb 6 1963 is written in the visitor's language. */
	public String date(@Nullable LocalDate day) {
		return day == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale(LocaleContextHolder.getLocale())
					.format(day);
	}

	/** An amount the one way pages write money: {@code $4.95}, {@code -$4.50}. */
	public String money(@Nullable Money amount) {
		return amount == null ? "" : amount.toDisplayString();
	}

	/** An amount in cents, written as {@link #money}. */
	public String dollars(long minor) {
		return Money.ofMinor(minor, "USD").toDisplayString();
	}

	ZoneId zone() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			if (request.getCookies() != null) {
				for (Cookie cookie : request.getCookies()) {
					if (ZONE_COOKIE.equals(cookie.getName())) {
						return parsed(cookie.getValue());
					}
				}
			}
		}
		return defaultZone;
	}

	private ZoneId parsed(String value) {
		if (value.length() > 64 || !value.contains("/")) {
			return defaultZone;
		}
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			return defaultZone;
		}
	}

}
