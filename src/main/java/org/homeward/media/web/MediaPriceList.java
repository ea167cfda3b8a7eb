package org.homeward.media.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.homeward.contracts.Contracts;
import org.homeward.contracts.Service;
import org.homeward.media.internal.MediaPolicies;
import org.homeward.shared.PriceList;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The store on the public price page: the price range of each kind the agency allows, and
 * its share of each sale.
 */
@Component
class MediaPriceList implements PriceList.Contribution {

	private final MediaPolicies policies;

	private final Contracts contracts;

	private final MessageSource messages;

	MediaPriceList(MediaPolicies policies, Contracts contracts, MessageSource messages) {
		this.policies = policies;
		this.contracts = contracts;
		this.messages = messages;
	}

	@Override
	public List<PriceList.Section> sections(TenantId agency, Locale locale) {
		if (!contracts.serviceAvailable(agency, null, Service.MEDIA)) {
			return List.of();
		}
		List<PriceList.Line> lines = policies.priceRanges(agency)
			.stream()
			.map(range -> range.lowest().equals(range.highest())
					? PriceList.Line.price(words("prices.kind." + range.kind().name(), locale), range.lowest())
					: PriceList.Line.words(words("prices.kind." + range.kind().name(), locale),
							words("prices.store.range", locale, range.lowest().toDisplayString(),
									range.highest().toDisplayString())))
			.toList();
		if (lines.isEmpty()) {
			return List.of();
		}
		String share = BigDecimal.valueOf(policies.policy(agency).commissionBps(), 2)
			.stripTrailingZeros()
			.toPlainString();
		return List.of(new PriceList.Section(40, words("prices.store", locale),
				words("prices.store.note", locale, share), lines));
	}

	private String words(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
