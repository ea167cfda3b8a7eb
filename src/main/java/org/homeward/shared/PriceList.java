package org.homeward.shared;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An agency's public price page, made of what each module sells: stamps, deposit fees and
 * who pays for messages (contracts), visit lengths and prices (visits), the store's price
 * ranges (media). A module contributes its sections as a bean, so the page knows none of
 * them.
 */
public final class PriceList {

	private PriceList() {
	}

	/** A module's part of the page. */
	public interface Contribution {

		List<Section> sections(TenantId agency, Locale locale);

	}

	/**
	 * One table of the page.
	 *
	 * @param order where it goes: lower first
	 * @param title its heading, in the reader's language
	 * @param note a sentence under it (who pays, a limit), or {@literal null}
	 */
	public record Section(int order, String title, @Nullable String note, List<Line> lines) {
	}

	/**
	 * What is sold and its price: an amount, or words ("Free", "$0.99 to $1.29").
	 */
	public record Line(String what, @Nullable Money price, @Nullable String words) {

		public static Line price(String what, Money price) {
			return new Line(what, price, null);
		}

		public static Line words(String what, String words) {
			return new Line(what, null, words);
		}

	}

}
