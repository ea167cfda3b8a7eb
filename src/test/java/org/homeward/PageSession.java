package org.homeward;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * A browser's page session in MockMvc: the session cookie Homeward set (sessions are kept
 * in the database, found by that cookie), sent with each request that uses it
 * ({@code .with(session)}). {@link #from} follows the cookie when an answer replaces it
 * (at sign-in, for instance).
 */
public final class PageSession implements RequestPostProcessor {

	private static final String COOKIE = "SESSION";

	private @Nullable Cookie cookie;

	/** The session an answer started (or moved to). */
	public static PageSession of(MvcResult result) {
		return new PageSession().from(result);
	}

	/** Follows the answer's new session cookie, if it set one. */
	public PageSession from(MvcResult result) {
		Cookie set = result.getResponse().getCookie(COOKIE);
		if (set != null) {
			cookie = set.getMaxAge() == 0 ? null : set;
		}
		return this;
	}

	/** The session's id, as Homeward keeps it. */
	public @Nullable String id() {
		return cookie == null ? null
				: new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (cookie != null) {
			Cookie[] existing = request.getCookies();
			Cookie[] all = existing == null ? new Cookie[1] : Arrays.copyOf(existing, existing.length + 1);
			all[all.length - 1] = cookie;
			request.setCookies(all);
		}
		return request;
	}

}
