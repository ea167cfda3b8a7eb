package org.homeward.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stylesheets, scripts and htmx served from memory, ahead of everything else a request
 * goes through. The first request of an asset goes the whole way (security headers, the
 * resource chain that checks its content hash, caching headers); its answer is kept and
 * every later request of that address is given the same bytes and headers at once. Assets
 * never change while Homeward runs (their addresses carry a hash of their content), and
 * there are few of them: only successful, cookie-free answers of at most {@link #LARGEST}
 * bytes are kept. A browser that already has it is answered 304.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssets extends OncePerRequestFilter {

	static final List<String> PREFIXES = List.of("/css/", "/js/", "/uswds/", "/webjars/");

	static final int LARGEST = 1024 * 1024;

	static final int MOST = 200;

	/** An answer as it was given the first time. */
	private record Kept(String contentType, List<Map.Entry<String, String>> headers, byte[] body, @Nullable String etag,
			@Nullable String lastModified) {

		/** Whether the browser's copy is this one. */
		boolean seenBy(HttpServletRequest request) {
			String tag = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (tag != null) {
				return tag.equals(etag);
			}
			String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since != null && since.equals(lastModified);
		}

	}

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String uri = request.getRequestURI();
		return request.getQueryString() != null || PREFIXES.stream().noneMatch(uri::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Kept answer = kept.get(request.getRequestURI());
		if (answer != null) {
			give(answer, request, response);
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorded);
		keep(request, recorded);
		recorded.copyBodyToResponse();
	}

	private void keep(HttpServletRequest request, ContentCachingResponseWrapper recorded) {
		if (!"GET".equals(request.getMethod()) || recorded.getStatus() != 200 || recorded.getContentSize() > LARGEST
				|| recorded.getHeader(HttpHeaders.SET_COOKIE) != null || recorded.getContentType() == null
				|| kept.size() >= MOST) {
			return;
		}
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : recorded.getHeaderNames()) {
			if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
					&& !name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
				recorded.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		kept.putIfAbsent(request.getRequestURI(),
				new Kept(recorded.getContentType(), List.copyOf(headers), recorded.getContentAsByteArray(),
						recorded.getHeader(HttpHeaders.ETAG), recorded.getHeader(HttpHeaders.LAST_MODIFIED)));
	}

	private static void give(Kept answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer.headers().forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		if (answer.seenBy(request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(answer.contentType());
		response.setContentLength(answer.body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(answer.body());
		}
	}

}
