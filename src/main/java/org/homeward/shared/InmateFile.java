package org.homeward.shared;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The staff console's page of one inmate, made of what each module knows of them:
 * restrictions and the kiosk PIN, contacts, messages' statuses, money, visits, devices,
 * courses. A module contributes its sections as a bean, shows each to the roles that may
 * see it, and offers the actions it serves itself (forms posting to its own pages, which
 * check role and tenant again), so the page knows none of the modules.
 */
public final class InmateFile {

	private InmateFile() {
	}

	/** A module's part of the page. */
	public interface Contribution {

		/**
		 * @param inmate the inmate's id, already checked to be of the staff member's
		 * agency and within their reach
		 * @param agency the inmate's agency
		 * @return the sections this staff member may see (none for the others)
		 */
		List<Section> sections(java.util.UUID inmate, TenantId agency, Caller staff, Locale locale);

	}

	/**
	 * One part of the page: a table, and what staff can do there.
	 *
	 * @param order where it goes: lower first
	 * @param titleKey the message key of its heading
	 * @param note a sentence under the heading, in the reader's language, or
	 * {@literal null}
	 * @param columnKeys the message keys of its columns
	 * @param forms what staff can do for the whole section (set a restriction)
	 */
	public record Section(int order, String titleKey, @Nullable String note, List<String> columnKeys, List<Row> rows,
			List<Form> forms) {
	}

	/**
	 * @param cells each column's value
	 * @param href where the row's first cell leads, if anywhere
	 * @param actions what staff can do to this row (lift, approve)
	 */
	public record Row(List<SupportConsole.Cell> cells, @Nullable String href, List<Form> actions) {
	}

	/**
	 * A form posting to the module's own page.
	 *
	 * @param buttonKey the message key of its button
	 * @param path where it posts
	 * @param fields what it asks for (none: a button alone)
	 * @param confirmKey the message key of the question asked before it acts, for what
	 * cannot be undone, or {@literal null}
	 */
	public record Form(String buttonKey, String path, List<Field> fields, @Nullable String confirmKey) {
	}

	/**
	 * A field of a form: a choice when it has options, else text.
	 *
	 * @param type the input's type for text ({@code text}, {@code date},
	 * {@code password})
	 */
	public record Field(String name, String labelKey, String type, List<Option> options, int maxLength,
			boolean required) {

		public static Field text(String name, String labelKey, int maxLength, boolean required) {
			return new Field(name, labelKey, "text", List.of(), maxLength, required);
		}

		public static Field choice(String name, String labelKey, List<Option> options) {
			return new Field(name, labelKey, "select", options, 0, true);
		}

	}

	/** One choice: its value and its words in the reader's language. */
	public record Option(String value, String label) {
	}

}
