package org.homeward.shared;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a module adds to the frame every page is drawn in: links in the navigation and
 * banners above the content. A module declares a {@link Contribution} bean in its web
 * package; the layout (the {@code layout} bean of {@code shared.web}) asks every one of
 * them as it renders, so it never names a module and a new module adds its menu entries
 * without editing another's files.
 */
public final class PageLayout {

	private PageLayout() {
	}

	/** Who sees a navigation link. */
	public enum ShownTo {

		EVERYONE,
		/**
		 * The public site's people: visitors, families, staff and operators; not an
		 * inmate at the kiosk.
		 */
		PUBLIC_SITE, SIGNED_OUT, SIGNED_IN, FAMILY, INMATE,
		/** Agency staff and platform operators. */
		STAFF_OR_OPERATOR, OPERATOR,
		/** Platform support agents and operators. */
		SUPPORT

	}

	/**
	 * One link in the navigation.
	 *
	 * @param order where it goes: lower first (a module's links are usually numbered in
	 * tens, leaving room)
	 * @param labelKey the message key of its words
	 */
	public record Link(int order, ShownTo shownTo, String labelKey, String path, @Nullable String service) {

		public Link(int order, ShownTo shownTo, String labelKey, String path) {
			this(order, shownTo, labelKey, path, null);
		}

		/**
		 * The link, shown to a caller of an agency only where its contract offers the
		 * service (e.g. {@code MEDIA}): an inmate is not shown a store the facility does
		 * not have.
		 */
		public Link onlyWhere(String service) {
			return new Link(order, shownTo, labelKey, path, service);
		}

	}

	/**
	 * Whether an agency's contract offers a service now, by the service's name; the
	 * contracts module answers, so that the frame does not depend on it.
	 */
	public interface Services {

		boolean offered(TenantId agency, String service);

	}

	/**
	 * A notice above the content of every page the caller sees.
	 *
	 * @param messageKey the message key of its sentence, formatted with {@code arguments}
	 * @param linkPath where its one action leads, or {@literal null} for none
	 * @param linkKey the message key of the action's words
	 */
	public record Banner(String messageKey, List<Object> arguments, @Nullable String linkPath,
			@Nullable String linkKey) {

		public Banner {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * A tool on the staff console's home page, shown to staff holding one of its roles.
	 *
	 * @param labelKey the message key of its words
	 */
	public record StaffTool(int order, Set<Role> roles, String labelKey, String path) {

		public StaffTool {
			roles = Set.copyOf(roles);
		}

	}

	/** A module's part of the frame. */
	public interface Contribution {

		/** The module's navigation links, for whichever callers they are shown to. */
		default List<Link> navigation() {
			return List.of();
		}

		/** The module's tools on the staff console's home page. */
		default List<StaffTool> staffTools() {
			return List.of();
		}

		/**
		 * Banners for this signed-in caller, asked only when a page is rendered (never
		 * for the API), so keep it to a query or two.
		 */
		default List<Banner> banners(Caller caller) {
			return List.of();
		}

	}

}
