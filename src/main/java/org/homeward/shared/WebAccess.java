package org.homeward.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who may call some of a module's web paths. Each module declares its own paths as a bean
 * ({@link Rules}); the security configuration collects every module's, so a new module
 * adds its API paths and pages without editing another module. Paths open to anyone are
 * matched first, then each audience's. What a caller may do beyond reaching the path
 * (roles, which agency's or family's records) is for the module's services to decide.
 *
 * @param method the one HTTP method the rule is for, or {@literal null} for every method
 */
public record WebAccess(Channel channel, Audience audience, @Nullable String method, List<String> paths) {

	/**
	 * The API (bearer tokens, no cookies) or the pages (a cookie session with CSRF
	 * protection).
	 */
	public enum Channel {

		API, PAGES

	}

	/** Who reaches the paths, in the order the rules are matched. */
	public enum Audience {

		/** Anyone, signed in or not. */
		ANYONE,
		/**
		 * A staff member or operator who gave the password but not yet the second factor.
		 */
		SIGNING_IN, FAMILY, INMATE,
		/** Agency staff. */
		STAFF,
		/** Agency staff, and platform operators (who act for any agency). */
		STAFF_OR_OPERATOR,
		/** Platform operators. */
		OPERATOR,
		/** Platform support agents, and operators. */
		SUPPORT

	}

	/** The web paths a module serves, as a bean of the module's. */
	public interface Rules {

		List<WebAccess> webAccess();

	}

	public static WebAccess api(Audience audience, String... paths) {
		return new WebAccess(Channel.API, audience, null, List.of(paths));
	}

	/**
	 * @param method {@code GET}, {@code POST}...
	 */
	public static WebAccess api(String method, Audience audience, String... paths) {
		return new WebAccess(Channel.API, audience, method, List.of(paths));
	}

	public static WebAccess pages(Audience audience, String... paths) {
		return new WebAccess(Channel.PAGES, audience, null, List.of(paths));
	}

}
