package org.homeward.shared;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The support console's page of a family account, made of what each module knows of it: a
 * module contributes its sections (cards, contacts, deposits, stamp purchases, messages'
 * statuses — never their content) as a bean, so that the page does not know the modules
 * and a new module adds its own.
 */
public final class SupportConsole {

	private SupportConsole() {
	}

	/** A module's part of the page. */
	public interface Contribution {

		List<Section> sections(UUID familyAccount, Locale locale);

	}

	/**
	 * One table of the page.
	 *
	 * @param order where it goes: lower first
	 * @param titleKey the message key of its heading
	 * @param columnKeys the message keys of its columns
	 * @param actions what the agent can do from here (a phone deposit...)
	 */
	public record Section(int order, String titleKey, List<String> columnKeys, List<Row> rows, List<Action> actions) {
	}

	/**
	 * @param cells each column's value
	 * @param href where the row's first cell leads, if anywhere
	 */
	public record Row(List<Cell> cells, @Nullable String href) {
	}

	/**
	 * One value: words already in the reader's language, or a moment or an amount that
	 * the page writes in the reader's time zone and way.
	 */
	public record Cell(@Nullable String text, @Nullable Instant at, @Nullable Money money) {

		public static Cell text(String text) {
			return new Cell(text, null, null);
		}

		public static Cell at(Instant at) {
			return new Cell(null, at, null);
		}

		public static Cell money(Money money) {
			return new Cell(null, null, money);
		}

	}

	public record Action(String labelKey, String href) {
	}

}
