package org.homeward.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.courses.CourseCompleted;
import org.homeward.courses.CourseEnrolled;
import org.homeward.deposits.DepositCompleted;
import org.homeward.deposits.DepositReversed;
import org.homeward.directory.Directory;
import org.homeward.directory.InmateView;
import org.homeward.media.MediaSaleRefunded;
import org.homeward.media.MediaSold;
import org.homeward.messaging.MessageDelivered;
import org.homeward.messaging.MessageHeld;
import org.homeward.messaging.MessageRejected;
import org.homeward.messaging.MessageWritten;
import org.homeward.reports.internal.Rollups.Fact;
import org.homeward.shared.TenantId;
import org.homeward.stamps.StampsBought;
import org.homeward.visits.VisitBooked;
import org.homeward.visits.VisitCancelled;
import org.homeward.visits.VisitEnded;
import org.homeward.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into the reports' facts. Each listener has a stable id
 * (the event publication registry delivers an event again after a crash, and the facts'
 * keys make that harmless).
 */
@Component
class Tally {

	private final Rollups rollups;

	private final Directory directory;

	Tally(Rollups rollups, Directory directory) {
		this.rollups = rollups;
		this.directory = directory;
	}

	@ApplicationModuleListener(id = "reports.count-message-written")
	void on(MessageWritten written) {
		String source = "message:" + written.messageId();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(source, written.toInmate() ? Metric.MESSAGES_TO_INMATES : Metric.MESSAGES_TO_FAMILIES,
				written.agency(), written.facilityId(), written.sentAt(), 1, 0));
		if (written.stamps() > 0) {
			facts.add(new Fact(source, Metric.STAMPS_USED, written.agency(), written.facilityId(), written.sentAt(),
					written.stamps(), 0));
		}
		rollups.count(facts);
	}

	@ApplicationModuleListener(id = "reports.count-message-held")
	void on(MessageHeld held) {
		rollups.count(List.of(new Fact("message:" + held.messageId(), Metric.MESSAGES_HELD, held.agency(),
				held.facilityId(), held.heldAt(), 1, 0)));
	}

	@ApplicationModuleListener(id = "reports.count-message-delivered")
	void on(MessageDelivered delivered) {
		String source = "message:" + delivered.messageId();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(source, delivered.printed() ? Metric.MESSAGES_PRINTED : Metric.MESSAGES_DELIVERED,
				delivered.agency(), delivered.facilityId(), delivered.deliveredAt(), 1, 0));
		facts.add(latency(source, Latency.DELIVERY, delivered.agency(), delivered.facilityId(), delivered.sentAt(),
				delivered.deliveredAt()));
		reviewWait(source, delivered.agency(), delivered.facilityId(), delivered.deliveredAt()).ifPresent(facts::add);
		rollups.count(facts);
	}

	@ApplicationModuleListener(id = "reports.count-message-rejected")
	void on(MessageRejected rejected) {
		String source = "message:" + rejected.messageId();
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(source, Metric.MESSAGES_REJECTED, rejected.agency(), rejected.facilityId(),
				rejected.rejectedAt(), 1, 0));
		reviewWait(source, rejected.agency(), rejected.facilityId(), rejected.rejectedAt()).ifPresent(facts::add);
		rollups.count(facts);
	}

	@ApplicationModuleListener(id = "reports.count-stamps-bought")
	void on(StampsBought bought) {
		rollups.count(List.of(new Fact("stamps:" + bought.purchaseId(), Metric.STAMPS_SOLD, bought.agency(), null,
				bought.at(), bought.stamps(), bought.price().minorUnits())));
	}

	@ApplicationModuleListener(id = "reports.count-deposit")
	void on(DepositCompleted deposit) {
		String source = "deposit:" + deposit.depositId();
		UUID facility = deposit.inmateId() == null ? null : facilityOf(deposit.inmateId());
		rollups.count(List.of(
				new Fact(source, Metric.deposits(deposit.channel().name()), deposit.agency(), facility, deposit.at(), 1,
						deposit.amount().minorUnits()),
				new Fact(source, Metric.DEPOSIT_FEES, deposit.agency(), facility, deposit.at(), 1,
						deposit.fee().minorUnits()),
				new Fact(source, Metric.COMMISSION_DEPOSITS, deposit.agency(), facility, deposit.at(), 1,
						deposit.commission().minorUnits())));
	}

	@ApplicationModuleListener(id = "reports.count-deposit-reversal")
	void on(DepositReversed reversal) {
		String source = "deposit-reversal:" + reversal.depositId();
		UUID facility = rollups.facilityOf("deposit:" + reversal.depositId()).orElse(null);
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(source, Metric.DEPOSITS_REVERSED, reversal.agency(), facility, reversal.at(), 1,
				reversal.amount().minorUnits()));
		facts.add(new Fact(source, Metric.DEPOSIT_FEES, reversal.agency(), facility, reversal.at(), -1,
				-reversal.fee().minorUnits()));
		if (reversal.commission() != null) {
			facts.add(new Fact(source, Metric.COMMISSION_DEPOSITS, reversal.agency(), facility, reversal.at(), -1,
					-reversal.commission().minorUnits()));
		}
		rollups.count(facts);
	}

	@ApplicationModuleListener(id = "reports.count-visit-booked")
	void on(VisitBooked booked) {
		rollups.count(List.of(new Fact("visit:" + booked.visitId(), Metric.VISITS_BOOKED, booked.agency(),
				booked.facilityId(), booked.at(), 1, booked.price().minorUnits())));
	}

	@ApplicationModuleListener(id = "reports.count-visit-cancelled")
	void on(VisitCancelled cancelled) {
		String source = "visit:" + cancelled.visitId();
		UUID facility = rollups.facilityOf(source).orElseGet(() -> facilityOf(cancelled.inmateId()));
		rollups.count(List.of(new Fact(source, Metric.VISITS_CANCELLED, cancelled.agency(), facility, cancelled.at(), 1,
				cancelled.refund().minorUnits())));
	}

	@ApplicationModuleListener(id = "reports.count-visit-ended")
	void on(VisitEnded ended) {
		String source = "visit:" + ended.visitId();
		if (ended.status() == VisitStatus.MISSED) {
			rollups.count(List.of(new Fact(source, Metric.VISITS_MISSED, ended.agency(), ended.facilityId(), ended.at(),
					1, ended.refund().minorUnits())));
			return;
		}
		rollups.count(
				List.of(new Fact(source, Metric.VISITS_COMPLETED, ended.agency(), ended.facilityId(), ended.at(), 1, 0),
						new Fact(source, Metric.VISIT_MINUTES, ended.agency(), ended.facilityId(), ended.at(),
								ended.minutes(), 0)));
	}

	@ApplicationModuleListener(id = "reports.count-store-sale")
	void on(MediaSold sold) {
		String source = "store-sale:" + sold.saleId();
		rollups.count(List.of(
				new Fact(source, sold.tablet() ? Metric.TABLETS_SOLD : Metric.MEDIA_SOLD, sold.agency(),
						sold.facilityId(), sold.at(), 1, sold.price().minorUnits()),
				new Fact(source, Metric.COMMISSION_STORE, sold.agency(), sold.facilityId(), sold.at(), 1,
						sold.commission().minorUnits())));
	}

	@ApplicationModuleListener(id = "reports.count-store-refund")
	void on(MediaSaleRefunded refunded) {
		String source = "store-refund:" + refunded.saleId();
		rollups.count(List.of(
				new Fact(source, refunded.tablet() ? Metric.TABLETS_SOLD : Metric.MEDIA_SOLD, refunded.agency(),
						refunded.facilityId(), refunded.at(), -1, -refunded.price().minorUnits()),
				new Fact(source, Metric.COMMISSION_STORE, refunded.agency(), refunded.facilityId(), refunded.at(), -1,
						-refunded.commission().minorUnits())));
	}

	@ApplicationModuleListener(id = "reports.count-enrolment")
	void on(CourseEnrolled enrolled) {
		rollups.count(List.of(new Fact("enrolment:" + enrolled.enrolment(), Metric.COURSES_ENROLLED, enrolled.agency(),
				enrolled.facility(), enrolled.enrolledAt(), 1, 0)));
	}

	@ApplicationModuleListener(id = "reports.count-completion")
	void on(CourseCompleted completed) {
		rollups.count(List.of(new Fact("enrolment:" + completed.enrolment(), Metric.COURSES_COMPLETED,
				completed.agency(), completed.facility(), completed.completedAt(), 1, 0)));
	}

	private static Fact latency(String source, Latency latency, TenantId agency, UUID facility, Instant from,
			Instant to) {
		return new Fact(source, latency.metric(Duration.between(from, to)), agency, facility, to, 1, 0);
	}

	/** How long a held message waited for its decision, if it was held. */
	private java.util.Optional<Fact> reviewWait(String source, TenantId agency, UUID facility, Instant decidedAt) {
		return rollups.at(source, Metric.MESSAGES_HELD.name())
			.map(heldAt -> latency(source, Latency.REVIEW, agency, facility, heldAt, decidedAt));
	}

	private @Nullable UUID facilityOf(UUID inmate) {
		return directory.inmate(inmate).map(InmateView::facility).map(f -> f.id()).orElse(null);
	}

}
