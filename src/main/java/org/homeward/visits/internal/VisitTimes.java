package org.homeward.visits.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A visit's time as people read it: the facility's wall clock with its zone named (the
 * day in full, then the time and the zone's short name).
 */
public final class VisitTimes {

	private VisitTimes() {
	}

	public static String describe(Instant at, ZoneId zone, Locale locale) {
		var local = at.atZone(zone);
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(local) + ", "
				+ time(at, zone, locale);
	}

	/** The time of day with its zone, e.g. "2:15 PM EST". */
	public static String time(Instant at, ZoneId zone, Locale locale) {
		var local = at.atZone(zone);
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(local) + " "
				+ DateTimeFormatter.ofPattern("zzz", locale).format(local);
	}

}
