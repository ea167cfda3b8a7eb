package org.homeward.visits.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Visits sorted by start, so that those overlapping a time are found by a binary search
 * instead of a pass over a busy facility's fortnight for each slot.
 */
record TakenIndex(List<Slots.Taken> sorted, Duration longest) {

	static TakenIndex of(List<Slots.Taken> taken) {
		List<Slots.Taken> sorted = taken.stream().sorted(Comparator.comparing(Slots.Taken::start)).toList();
		Duration longest = sorted.stream()
			.map(t -> Duration.between(t.start(), t.end()))
			.max(Comparator.naturalOrder())
			.orElse(Duration.ZERO);
		return new TakenIndex(sorted, longest);
	}

	/** The visits overlapping from..to: none starts before from minus the longest. */
	List<Slots.Taken> overlapping(Instant from, Instant to) {
		Instant earliest = from.minus(longest);
		int low = 0;
		int high = sorted.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted.get(middle).start().isBefore(earliest)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		List<Slots.Taken> found = new ArrayList<>();
		for (int i = low; i < sorted.size() && sorted.get(i).start().isBefore(to); i++) {
			if (sorted.get(i).overlaps(from, to)) {
				found.add(sorted.get(i));
			}
		}
		return found;
	}

}
