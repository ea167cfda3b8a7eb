package org.homeward.reports.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A waiting time counted in buckets (within a minute, 5 minutes, 15…, a week, longer), so
 * that days add up and a month's median and 95th percentile come from its days' counts:
 * each is reported as the bucket it falls in ("within 4 hours").
 *
 * @param prefix the metric names' start, e.g. {@code DELIVERY_TIME_}
 */
record Latency(String prefix) {

	/** Sending to delivery. */
	static final Latency DELIVERY = new Latency("DELIVERY_TIME_");

	/** Held for review to the staff's decision. */
	static final Latency REVIEW = new Latency("REVIEW_WAIT_");

	/** The buckets' upper bounds; the last bucket has none. */
	static final List<Duration> BOUNDS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
			Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8),
			Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7));

	/** The metric name of the bucket this wait falls in. */
	String metric(Duration wait) {
		int bucket = 0;
		while (bucket < BOUNDS.size() && wait.compareTo(BOUNDS.get(bucket)) > 0) {
			bucket++;
		}
		return prefix + String.format("%02d", bucket);
	}

	boolean names(String metric) {
		return metric.startsWith(prefix);
	}

	/**
	 * The upper bound of the bucket holding the given share of the counts (0.5: the
	 * median), {@literal null} when the counts are empty, {@link Duration#ZERO} past the
	 * last bound ("more than a week").
	 * @param counts the quantity of each of this latency's metrics
	 */
	@Nullable Duration percentile(Map<String, Long> counts, double share) {
		long total = 0;
		for (int bucket = 0; bucket <= BOUNDS.size(); bucket++) {
			total += counts.getOrDefault(prefix + String.format("%02d", bucket), 0L);
		}
		if (total == 0) {
			return null;
		}
		long needed = (long) Math.ceil(total * share);
		long seen = 0;
		for (int bucket = 0; bucket <= BOUNDS.size(); bucket++) {
			seen += counts.getOrDefault(prefix + String.format("%02d", bucket), 0L);
			if (seen >= needed) {
				return bucket < BOUNDS.size() ? BOUNDS.get(bucket) : Duration.ZERO;
			}
		}
		return Duration.ZERO;
	}

}
