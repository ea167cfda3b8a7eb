package org.homeward.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request body larger than its address takes before a byte of it is read: most
 * take a small JSON body or form ({@code homeward.web.max-body}); photo uploads take one
 * photo ({@code max-upload}); the message page takes a letter with its photos
 * ({@code max-letter}); only staff's bulk imports (rosters, contact lists) take large
 * files, and only from a signed-in caller (a bearer token or a session cookie, checked by
 * security next). A body whose length is not said (chunked) is read to its address's
 * limit, never further, and passed on from memory with its length, so a client that
 * streams its upload is served; only a signed-in caller's bulk import streams on (to the
 * container's ceiling).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimits extends OncePerRequestFilter {

	@ConfigurationProperties("homeward.web")
	record Settings(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("4MB") DataSize maxUpload,
			@DefaultValue("20MB") DataSize maxLetter, @DefaultValue("512MB") DataSize maxImport) {
	}

	private static final List<String> UPLOADS = List.of("/api/v1/attachments");

	private static final List<String> LETTERS = List.of("/messages");

	private static final List<String> IMPORTS = List.of("/api/v1/agencies/*/roster",
			"/api/v1/agencies/*/contact-imports", "/staff/roster", "/api/v1/admin/media/items",
			"/api/v1/admin/courses");

	private final AntPathMatcher paths = new AntPathMatcher();

	private final Settings settings;

	RequestSizeLimits(Settings settings) {
		this.settings = settings;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
		if (length <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean bulk = matches(IMPORTS, path) && signedIn(request);
		long limit = bulk ? settings.maxImport().toBytes() : matches(UPLOADS, path) ? settings.maxUpload().toBytes()
				: matches(LETTERS, path) ? settings.maxLetter().toBytes() : settings.maxBody().toBytes();
		if (chunked && !bulk) {
			// a small body sent without its length (a client that streams its upload):
			// read here, to its limit and no further, and passed on with its length
			byte[] body = BufferedBody.read(request.getInputStream(), limit);
			if (body == null) {
				Problems.answerNow(request, response,
						ErrorAnswers.problemFor(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE));
				return;
			}
			chain.doFilter(new BufferedBody(request, body), response);
			return;
		}
		if (length > limit) {
			Problems.answerNow(request, response,
					ErrorAnswers.problemFor(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE));
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean matches(List<String> patterns, String path) {
		return patterns.stream().anyMatch(pattern -> paths.match(pattern, path));
	}

	/**
	 * A bearer token or a page session's cookie (Spring Session's {@code SESSION});
	 * security checks it next.
	 */
	private static boolean signedIn(HttpServletRequest request) {
		if (request.getHeader("Authorization") != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals("SESSION"));
	}

}
