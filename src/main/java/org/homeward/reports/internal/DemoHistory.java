package org.homeward.reports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.homeward.directory.AgencyView;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.reports.internal.Rollups.Fact;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of the demo agencies' message, visit and course volumes up to yesterday, so that
 * the reports' charts have something to show on a fresh demo run. Money is left out: the
 * commission statement must agree with the ledger, and the demo's ledger holds only what
 * was really paid. Recorded once (its facts have keys of their own). Demo only.
 */
@Component
@Profile("demo")
@Order(40)
class DemoHistory implements ApplicationRunner {

	private final Rollups rollups;

	private final Directory directory;

	private final Clock clock;

	DemoHistory(Rollups rollups, Directory directory, Clock clock) {
		this.rollups = rollups;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (rollups.hasSource("demo-history:%")) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		List<Fact> facts = new ArrayList<>();
		for (String code : List.of("DEMO-DOC", "DEMO-FED", "DEMO-COUNTY")) {
			directory.agencyByCode(code).ifPresent(agency -> {
				for (FacilityView facility : directory.facilities(agency.id())) {
					year(agency, facility, today, facts);
				}
			});
		}
		rollups.seed(facts);
	}

	/**
	 * A facility's days: busier on weekends and before holidays, growing over the year.
	 */
	private static void year(AgencyView agency, FacilityView facility, LocalDate today, List<Fact> facts) {
		Random random = new Random(facility.id().getMostSignificantBits());
		for (LocalDate day = today.minusDays(365); day.isBefore(today); day = day.plusDays(1)) {
			double growth = 1 + (365 - today.toEpochDay() + day.toEpochDay()) / 730.0;
			boolean weekend = day.getDayOfWeek().getValue() >= 6;
			int written = (int) Math.round((weekend ? 60 : 40) * growth * (0.8 + random.nextDouble() * 0.4));
			int held = Math.max(0, (int) Math.round(written * 0.05 * random.nextDouble() * 2));
			int rejected = held / 5;
			var at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
			String source = "demo-history:" + facility.id() + ":" + day + ":";
			facts.add(new Fact(source + "in", Metric.MESSAGES_TO_INMATES, agency.id(), facility.id(), at,
					written * 7L / 10, 0));
			facts.add(new Fact(source + "out", Metric.MESSAGES_TO_FAMILIES, agency.id(), facility.id(), at,
					written - written * 7L / 10, 0));
			facts.add(
					new Fact(source, Metric.MESSAGES_DELIVERED, agency.id(), facility.id(), at, written - rejected, 0));
			facts.add(new Fact(source, Metric.MESSAGES_HELD, agency.id(), facility.id(), at, held, 0));
			facts.add(new Fact(source, Metric.MESSAGES_REJECTED, agency.id(), facility.id(), at, rejected, 0));
			// most letters arrive within minutes; held ones wait for the mail room's
			// hours
			long quick = Math.round((written - held) * 0.8);
			facts.add(new Fact(source, Latency.DELIVERY.metric(Duration.ofMinutes(1)), agency.id(), facility.id(), at,
					quick, 0));
			facts.add(new Fact(source, Latency.DELIVERY.metric(Duration.ofMinutes(4)), agency.id(), facility.id(), at,
					written - held - quick, 0));
			facts.add(new Fact(source, Latency.DELIVERY.metric(Duration.ofHours(weekend ? 20 : 3)), agency.id(),
					facility.id(), at, held - rejected, 0));
			facts.add(new Fact(source, Latency.REVIEW.metric(Duration.ofHours(weekend ? 20 : 3)), agency.id(),
					facility.id(), at, held, 0));
			int visits = (int) Math.round((weekend ? 12 : 5) * growth * random.nextDouble());
			facts.add(new Fact(source, Metric.VISITS_COMPLETED, agency.id(), facility.id(), at, visits, 0));
			facts.add(new Fact(source, Metric.VISIT_MINUTES, agency.id(), facility.id(), at, visits * 30L, 0));
			facts.add(new Fact(source, Metric.COURSES_ENROLLED, agency.id(), facility.id(), at, random.nextInt(4), 0));
			facts.add(new Fact(source, Metric.COURSES_COMPLETED, agency.id(), facility.id(), at, random.nextInt(2), 0));
		}
	}

}
