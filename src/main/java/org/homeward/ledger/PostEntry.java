package org.homeward.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A journal entry to post: at least two lines whose amounts sum to zero for every unit.
 *
 * @param idempotencyKey posting the same key again returns the first entry and moves
 * nothing
 * @param kind what happened, e.g. {@code stamp-purchase}
 * @param reverses the entry this one corrects, if it is a reversal
 * @throws IllegalArgumentException when the entry does not balance, has fewer than two
 * lines or a zero line
 */
public record PostEntry(String idempotencyKey, String kind, String description, List<Line> lines,
		java.util.@Nullable UUID reverses) {

	/**
	 * A signed amount, in the unit's minor units, on one account: positive adds to its
	 * balance.
	 */
	public record Line(AccountKey account, long amountMinor) {
	}

	public PostEntry {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		lines = List.copyOf(lines);
		if (lines.size() < 2) {
			throw new IllegalArgumentException("an entry has at least two lines");
		}
		Map<Unit, Long> sums = new HashMap<>();
		for (Line line : lines) {
			if (line.amountMinor() == 0) {
				throw new IllegalArgumentException("a line moves something");
			}
			sums.merge(line.account().unit(), line.amountMinor(), Math::addExact);
		}
		sums.forEach((unit, sum) -> {
			if (sum != 0) {
				throw new IllegalArgumentException("entry does not balance in " + unit + ": " + sum);
			}
		});
	}

	public PostEntry(String idempotencyKey, String kind, String description, List<Line> lines) {
		this(idempotencyKey, kind, description, lines, null);
	}

}
