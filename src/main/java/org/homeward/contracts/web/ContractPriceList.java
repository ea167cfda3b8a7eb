package org.homeward.contracts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.homeward.contracts.ContractView;
import org.homeward.contracts.Contracts;
import org.homeward.contracts.FeeChannel;
import org.homeward.contracts.FeeTier;
import org.homeward.contracts.PriceBook;
import org.homeward.contracts.StampBundle;
import org.homeward.shared.PriceList;
import org.homeward.shared.PriceList.Line;
import org.homeward.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The contract's part of the public price page: who pays for messages and what (stamp
 * bundles, or the inmate's minutes), the deposit fees of each way of paying with the
 * limits, and what the agency receives on each.
 */
@Component
class ContractPriceList implements PriceList.Contribution {

	private final Contracts contracts;

	private final MessageSource messages;

	ContractPriceList(Contracts contracts, MessageSource messages) {
		this.contracts = contracts;
		this.messages = messages;
	}

	@Override
	public List<PriceList.Section> sections(TenantId agency, Locale locale) {
		ContractView contract = contracts.contractOf(agency).orElse(null);
		if (contract == null) {
			return List.of();
		}
		PriceBook book = contract.priceBook();
		List<PriceList.Section> sections = new ArrayList<>();
		sections.add(messaging(book, locale));
		List<Line> fees = new ArrayList<>();
		for (FeeChannel channel : FeeChannel.values()) {
			for (FeeTier tier : book.depositFees()) {
				if (tier.channel() == channel) {
					fees.add(Line.price(words("prices.depositTier", locale,
							words("support.channel." + channel.name(), locale), tier.upTo().toDisplayString()),
							tier.fee()));
				}
			}
		}
		sections.add(new PriceList.Section(20, words("prices.deposits", locale),
				words("prices.depositLimits", locale, book.depositLimits().perDeposit().toDisplayString(),
						book.depositLimits().perDay().toDisplayString(),
						book.depositLimits().per30Days().toDisplayString()),
				fees));
		List<Line> commission = new ArrayList<>();
		commission.add(Line.price(words("prices.commission.deposit", locale), book.depositCommission()));
		if (!book.messageCommission().isZero()) {
			commission.add(Line.price(words("prices.commission.message", locale), book.messageCommission()));
		}
		sections.add(new PriceList.Section(90, words("prices.commission", locale),
				words("prices.commission.note", locale), commission));
		return sections;
	}

	private PriceList.Section messaging(PriceBook book, Locale locale) {
		String title = words("prices.messages", locale);
		return switch (book.messagePricing()) {
			case FREE -> new PriceList.Section(10, title, words("prices.messages.free", locale), List.of());
			case INMATE_TIME -> new PriceList.Section(10, title,
					words("prices.messages.inmateTime", locale,
							book.perMinute() == null ? "" : book.perMinute().toDisplayString(),
							book.perPrintedPage() == null ? "" : book.perPrintedPage().toDisplayString()),
					book.perMinute() == null ? List.of()
							: book.minuteBlocks()
								.stream()
								.map(minutes -> Line.price(words("prices.minutes", locale, minutes),
										book.perMinute().times(minutes)))
								.toList());
			case FAMILY_STAMPS -> {
				List<Line> bundles = new ArrayList<>();
				for (StampBundle bundle : book.stampBundles()) {
					bundles.add(Line.price(words("prices.stamps", locale, bundle.stamps()), bundle.price()));
				}
				bundles.add(Line.price(words("prices.inmateStamp", locale), book.inmateStampPrice()));
				yield new PriceList.Section(10, title, words("prices.messages.stamps", locale, book.stampsPerPage(),
						book.stampsPerPhoto(), book.stampsPerReply()), bundles);
			}
		};
	}

	private String words(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
