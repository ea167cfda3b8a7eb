package org.homeward.visits.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.directory.Directory;
import org.homeward.directory.FacilityView;
import org.homeward.shared.PriceList;
import org.homeward.shared.TenantId;
import org.homeward.visits.internal.Schedule;
import org.homeward.visits.internal.Schedules;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Video visits on the public price page: each facility's lengths and prices. */
@Component
class VisitPriceList implements PriceList.Contribution {

	private final Schedules schedules;

	private final Directory directory;

	private final Contracts contracts;

	private final MessageSource messages;

	VisitPriceList(Schedules schedules, Directory directory, Contracts contracts, MessageSource messages) {
		this.schedules = schedules;
		this.directory = directory;
		this.contracts = contracts;
		this.messages = messages;
	}

	@Override
	public List<PriceList.Section> sections(TenantId agency, Locale locale) {
		List<PriceList.Line> lines = new ArrayList<>();
		for (FacilityView facility : directory.facilities(agency)) {
			if (!contracts.serviceAvailable(agency, facility.id(), Service.VIDEO_VISITS)) {
				continue;
			}
			schedules.of(facility.id())
				.ifPresent(
						schedule -> schedule.lengths()
							.stream()
							.sorted(Comparator.comparingInt(Schedule.Length::minutes))
							.forEach(length -> lines.add(PriceList.Line.price(
									messages.getMessage("prices.visit",
											new Object[] { facility.name(), length.minutes() }, locale),
									length.price()))));
		}
		if (lines.isEmpty()) {
			return List.of();
		}
		return List.of(new PriceList.Section(30, messages.getMessage("prices.visits", null, locale),
				messages.getMessage("prices.visits.note", null, locale), lines));
	}

}
