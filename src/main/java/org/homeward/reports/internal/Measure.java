package org.homeward.reports.internal;

import java.util.function.ToLongFunction;

/**
 * A column of the reports: what people read (messages written, deposits' amount, the
 * agency's commission…), computed from a period's sums. Each belongs to one of the
 * report's tables.
 */
public enum Measure {

	MESSAGES_WRITTEN(Group.MESSAGES, false,
			v -> v.quantity(Metric.MESSAGES_TO_INMATES) + v.quantity(Metric.MESSAGES_TO_FAMILIES)),
	MESSAGES_DELIVERED(Group.MESSAGES, false,
			v -> v.quantity(Metric.MESSAGES_DELIVERED) + v.quantity(Metric.MESSAGES_PRINTED)),
	MESSAGES_PRINTED(Group.MESSAGES, false, v -> v.quantity(Metric.MESSAGES_PRINTED)),
	MESSAGES_HELD(Group.MESSAGES, false, v -> v.quantity(Metric.MESSAGES_HELD)),
	MESSAGES_REJECTED(Group.MESSAGES, false, v -> v.quantity(Metric.MESSAGES_REJECTED)),
	STAMPS_USED(Group.MESSAGES, false, v -> v.quantity(Metric.STAMPS_USED)),

	STAMPS_SOLD(Group.MONEY, false, v -> v.quantity(Metric.STAMPS_SOLD)),
	STAMP_SALES(Group.MONEY, true, v -> v.amount(Metric.STAMPS_SOLD)),
	DEPOSITS(Group.MONEY, false,
			v -> v.quantity(Metric.DEPOSITS_ONLINE) + v.quantity(Metric.DEPOSITS_PHONE)
					+ v.quantity(Metric.DEPOSITS_LOBBY)),
	DEPOSITED(Group.MONEY, true,
			v -> v.amount(Metric.DEPOSITS_ONLINE) + v.amount(Metric.DEPOSITS_PHONE) + v.amount(Metric.DEPOSITS_LOBBY)),
	DEPOSITS_REVERSED(Group.MONEY, false, v -> v.quantity(Metric.DEPOSITS_REVERSED)),
	DEPOSIT_FEES(Group.MONEY, true, v -> v.amount(Metric.DEPOSIT_FEES)),

	VISITS_BOOKED(Group.VISITS, false, v -> v.quantity(Metric.VISITS_BOOKED)),
	VISITS_COMPLETED(Group.VISITS, false, v -> v.quantity(Metric.VISITS_COMPLETED)),
	VISITS_CANCELLED(Group.VISITS, false, v -> v.quantity(Metric.VISITS_CANCELLED)),
	VISITS_MISSED(Group.VISITS, false, v -> v.quantity(Metric.VISITS_MISSED)),
	VISIT_MINUTES(Group.VISITS, false, v -> v.quantity(Metric.VISIT_MINUTES)),
	VISIT_REFUNDS(Group.VISITS, true, v -> v.amount(Metric.VISITS_CANCELLED) + v.amount(Metric.VISITS_MISSED)),

	MEDIA_SOLD(Group.STORE, false, v -> v.quantity(Metric.MEDIA_SOLD)),
	MEDIA_SALES(Group.STORE, true, v -> v.amount(Metric.MEDIA_SOLD)),
	TABLETS_SOLD(Group.STORE, false, v -> v.quantity(Metric.TABLETS_SOLD)),
	TABLET_SALES(Group.STORE, true, v -> v.amount(Metric.TABLETS_SOLD)),
	COURSES_ENROLLED(Group.STORE, false, v -> v.quantity(Metric.COURSES_ENROLLED)),
	COURSES_COMPLETED(Group.STORE, false, v -> v.quantity(Metric.COURSES_COMPLETED)),

	COMMISSION_DEPOSITS(Group.COMMISSION, true, v -> v.amount(Metric.COMMISSION_DEPOSITS)),
	COMMISSION_STORE(Group.COMMISSION, true, v -> v.amount(Metric.COMMISSION_STORE)),
	COMMISSION(Group.COMMISSION, true, v -> v.amount(Metric.COMMISSION_DEPOSITS) + v.amount(Metric.COMMISSION_STORE));

	/** The report's tables. */
	public enum Group {

		MESSAGES, MONEY, VISITS, STORE, COMMISSION

	}

	/** A period's sums, by metric. */
	public interface Values {

		long quantity(Metric metric);

		long amount(Metric metric);

	}

	private final Group group;

	private final boolean money;

	private final ToLongFunction<Values> value;

	Measure(Group group, boolean money, ToLongFunction<Values> value) {
		this.group = group;
		this.money = money;
		this.value = value;
	}

	public Group group() {
		return group;
	}

	/** Whether its value is an amount in cents (else a count). */
	public boolean money() {
		return money;
	}

	public long of(Values values) {
		return value.applyAsLong(values);
	}

	/** The message key of its column's heading. */
	public String labelKey() {
		return "reports.measure." + name();
	}

}
